package io.socialdesk.chat;

/** An image the bot uploads, such as a volume chart. */
public record ChatImage(String fileName, String title, String contentType, byte[] bytes) {

    public ChatImage {
        if (bytes.length == 0) {
            throw new IllegalArgumentException("an image needs content");
        }
    }

    public static ChatImage png(String fileName, String title, byte[] bytes) {
        return new ChatImage(fileName, title, "image/png", bytes);
    }
}
