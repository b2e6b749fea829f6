package io.socialdesk.local;

import io.socialdesk.team.Role;
import io.socialdesk.team.Team;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The local chat's page and JSON API. No login: the local chat is for trying the bot and for tests. */
@RestController
@ConditionalOnProperty(name = "socialdesk.chat.platform", havingValue = "local")
final class LocalChatController {

    private static final Resource PAGE = new ClassPathResource("local/index.html");

    private final LocalChatService chat;
    private final Team team;

    LocalChatController(LocalChatService chat, Team team) {
        this.chat = chat;
        this.team = team;
    }

    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<Resource> page() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(PAGE);
    }

    record PersonView(String id, String name, Set<Role> roles) {}

    @GetMapping("/api/local/people")
    List<PersonView> people() {
        return team.people().stream()
                .map(person -> new PersonView(person.id(), person.name(), person.roles()))
                .toList();
    }

    @GetMapping("/api/local/me")
    LocalChatService.Viewer me(@RequestParam String person) {
        return chat.viewer(person);
    }

    @GetMapping("/api/local/texts")
    java.util.Map<String, String> texts(@RequestParam String person) {
        return chat.pageTexts(person);
    }

    @GetMapping("/api/local/channels")
    List<LocalChatService.ChannelView> channels(@RequestParam String person) {
        return chat.channelsOf(person);
    }

    @GetMapping("/api/local/channels/{channel}/messages")
    List<LocalMessage> messages(
            @PathVariable String channel,
            @RequestParam String person,
            @RequestParam(defaultValue = "0") long after,
            @RequestParam(required = false) @Nullable Long before,
            @RequestParam(defaultValue = "false") boolean withActions,
            @RequestParam(defaultValue = "200") int limit) {
        return chat.history(
                channel,
                person,
                new LocalMessages.Window(
                        after, before == null ? LocalMessages.Window.NEWEST : before, withActions, limit));
    }

    record PostRequest(@Nullable String person, @Nullable String text, @Nullable String threadId) {}

    @PostMapping("/api/local/channels/{channel}/messages")
    ResponseEntity<LocalMessage> post(@PathVariable String channel, @RequestBody PostRequest request) {
        LocalMessage message = chat.post(channel, nullToEmpty(request.person()), request.text(), request.threadId());
        return ResponseEntity.status(HttpStatus.CREATED).body(message);
    }

    record ReactionRequest(@Nullable String person, @Nullable String emoji) {}

    record Outcome(boolean changed) {}

    @PostMapping("/api/local/messages/{id}/reactions")
    ResponseEntity<Outcome> react(@PathVariable String id, @RequestBody ReactionRequest request) {
        boolean added = chat.react(id, nullToEmpty(request.person()), request.emoji());
        return ResponseEntity.status(added ? HttpStatus.CREATED : HttpStatus.OK).body(new Outcome(added));
    }

    @DeleteMapping("/api/local/messages/{id}/reactions")
    Outcome unreact(@PathVariable String id, @RequestParam String person, @RequestParam String emoji) {
        return new Outcome(chat.unreact(id, person, emoji));
    }

    record ClickRequest(@Nullable String person, @Nullable String actionId) {}

    @PostMapping("/api/local/messages/{id}/actions")
    ResponseEntity<Outcome> click(@PathVariable String id, @RequestBody ClickRequest request) {
        chat.click(id, nullToEmpty(request.person()), request.actionId());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Outcome(true));
    }

    record FormRequest(@Nullable String person, java.util.@Nullable Map<String, String> values) {}

    @PostMapping("/api/local/messages/{id}/form")
    ResponseEntity<Outcome> submitForm(@PathVariable String id, @RequestBody FormRequest request) {
        chat.submitForm(id, nullToEmpty(request.person()), request.values());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Outcome(true));
    }

    @GetMapping("/api/local/images/{id}")
    ResponseEntity<byte[]> image(@PathVariable String id) {
        LocalMessages.StoredImage image = chat.image(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .body(image.bytes());
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
