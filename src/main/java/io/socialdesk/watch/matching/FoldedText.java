package io.socialdesk.watch.matching;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Text in the one spelling that terms are matched in: Unicode compatibility form (NFKC, so "ﬁ" and full-width
 * letters are plain letters), lower case, German umlauts and ß spelled out (ä → ae, ß → ss, as people type them
 * without a German keyboard), other accents dropped, and each run of white space one blank. Every folded character
 * remembers where it came from, so an excerpt can quote the text as it was written.
 */
final class FoldedText {

    private final String written;
    private final String folded;
    private final int[] origin;

    private FoldedText(String written, String folded, int[] origin) {
        this.written = written;
        this.folded = folded;
        this.origin = origin;
    }

    static FoldedText of(String text) {
        String written = isAscii(text) || Normalizer.isNormalized(text, Normalizer.Form.NFKC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
        int length = written.length();
        char[] out = new char[length + 16];
        int[] origin = new int[out.length];
        int size = 0;
        for (int i = 0; i < length; i++) {
            char c = written.charAt(i);
            String replacement = null;
            char single;
            if (c < 128) {
                single = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            } else {
                char lower = Character.toLowerCase(c);
                replacement = spelledOut(lower);
                single = replacement == null ? lower : 0;
            }
            if (replacement == null && (single == ' ' || Character.isWhitespace(single))) {
                if (size > 0 && out[size - 1] == ' ') {
                    continue;
                }
                single = ' ';
            }
            int pieces = replacement == null ? 1 : replacement.length();
            if (size + pieces > out.length) {
                out = Arrays.copyOf(out, out.length * 2 + pieces);
                origin = Arrays.copyOf(origin, out.length);
            }
            if (replacement == null) {
                origin[size] = i;
                out[size++] = single;
            } else {
                for (int p = 0; p < pieces; p++) {
                    origin[size] = i;
                    out[size++] = replacement.charAt(p);
                }
            }
        }
        return new FoldedText(written, new String(out, 0, size), origin);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** The German spellings without umlauts, and other letters without their accents; null to keep the letter. */
    private static String spelledOut(char lower) {
        switch (lower) {
            case 'ä':
                return "ae";
            case 'ö':
                return "oe";
            case 'ü':
                return "ue";
            case 'ß':
                return "ss";
            default:
                if (!Character.isLetter(lower)) {
                    return null;
                }
                String bare = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "");
                return bare.length() == 1 && bare.charAt(0) == lower ? null : bare;
        }
    }

    String folded() {
        return folded;
    }

    /** Whether the folded character at {@code index} is part of a word (a letter or a digit). */
    boolean isWordAt(int index) {
        return index >= 0 && index < folded.length() && Character.isLetterOrDigit(folded.charAt(index));
    }

    /** Up to {@code width} characters of the written text around folded {@code start..end}, cut at blanks. */
    String excerpt(int start, int end, int width) {
        int from = origin[start];
        int to = origin[Math.min(end, folded.length() - 1)] + 1;
        int margin = Math.max(0, (width - (to - from)) / 2);
        int left = Math.max(0, from - margin);
        int right = Math.min(written.length(), to + margin);
        while (left > 0 && left < from && !Character.isWhitespace(written.charAt(left - 1))) {
            left++;
        }
        while (right < written.length() && right > to && !Character.isWhitespace(written.charAt(right))) {
            right--;
        }
        String cut = written.substring(left, right).strip().replaceAll("\\s+", " ");
        return (left > 0 ? "…" : "") + cut + (right < written.length() ? "…" : "");
    }
}
