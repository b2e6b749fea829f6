package io.socialdesk.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import io.socialdesk.chat.ChatGateway;
import io.socialdesk.chat.ChatProperties;
import io.socialdesk.chat.HomeSection;
import io.socialdesk.chat.InboundEvents;
import io.socialdesk.chat.UserLanguages;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Slack adapter, active when {@code SLACK_BOT_TOKEN} is set: Socket Mode with {@code SLACK_APP_TOKEN}, else
 * the HTTP Events API at {@code /slack/events} with {@code SLACK_SIGNING_SECRET}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "socialdesk.chat.platform", havingValue = "slack")
class SlackConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SlackConfiguration.class);
    static final String EVENTS_PATH = "/slack/events";

    @Bean
    SlackCredentials slackCredentials(ConfigurableEnvironment environment) {
        SlackCredentials credentials = SlackCredentials.fromEnvironment(environment);
        log.info("Slack adapter in {} mode", credentials.mode());
        return credentials;
    }

    /** Stopping Bolt also closes the SDK's client, whose thread pools would outlive a failed start otherwise. */
    @Bean(destroyMethod = "")
    App slackApp(SlackCredentials credentials, SlackProperties properties) {
        return boltApp(properties.apiUrl(), credentials);
    }

    @Bean
    DisposableBean slackClientShutdown(App app) {
        return () -> {
            app.stop();
            app.slack().close();
        };
    }

    /**
     * Bolt as the bot runs it. No middleware at all: our own filter checks signatures (constant time, both
     * directions of clock skew) before Bolt sees a request, and Bolt's single-team authorization would call
     * auth.test for every request and answer 500 whenever Slack's Web API cannot be reached.
     */
    static App boltApp(String apiUrl, SlackCredentials credentials) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        // the SDK's rate-limit statistics run threads of their own that nothing here reads
        config.setStatsEnabled(false);
        config.getSCIM2Config().setStatsEnabled(false);
        return new App(
                AppConfig.builder()
                        .slack(Slack.getInstance(config))
                        .singleTeamBotToken(credentials.botToken())
                        .signingSecret(credentials.signingSecret())
                        .requestVerificationEnabled(false)
                        .allEventsApiAutoAckEnabled(true)
                        .build(),
                new ArrayList<>());
    }

    @Bean
    SlackDelivery slackDelivery(
            App app, SlackOutbox outbox, SlackMessages messages, Clock clock, SlackProperties properties) {
        return new SlackDelivery(outbox, new SlackWebApi(app.client(), messages), clock, properties.maxRetryAfter());
    }

    @Bean
    SlackConnection slackConnection(
            App app,
            SlackCredentials credentials,
            SlackDelivery delivery,
            ObjectProvider<SlackSocketListener> socketListener,
            Clock clock) {
        return new SlackConnection(app, credentials, delivery, socketListener::getObject, clock);
    }

    @Bean
    SlackRequests slackRequests(App app, SlackConnection connection, JsonMapper json, ChatProperties chat) {
        return new SlackRequests(new SlackRequestTriage(json, chat.command()), app, connection);
    }

    @Bean
    SlackSocketListener slackSocketListener(SlackRequests requests, JsonMapper json) {
        return new SlackSocketListener(requests, json);
    }

    @Bean
    ChatGateway slackChatGateway(
            SlackOutbox outbox, SlackConnection connection, MessageSource messages, UserLanguages languages) {
        return new SlackChatGateway(
                outbox,
                connection,
                new io.socialdesk.chat.Texts(messages, languages.teamLocale()).get("slack.form.close"));
    }

    @Bean
    SlackHome slackHome(
            List<HomeSection> sections,
            SlackOutbox outbox,
            SlackConnection connection,
            MessageSource messages,
            UserLanguages languages,
            ChatProperties chat) {
        return new SlackHome(sections, outbox, connection, messages, languages, chat.command());
    }

    @Bean
    SlackInbound slackInbound(
            App app, SlackMessages messages, InboundEvents events, SlackHome home, Clock clock, ChatProperties chat) {
        SlackInbound inbound = new SlackInbound(new SlackTranslator(messages, chat.command()), events, home, clock);
        inbound.register(app, chat.command());
        return inbound;
    }

    @Bean
    ServletRegistrationBean<SlackEventsServlet> slackEventsServlet(
            SlackRequests requests, SlackCredentials credentials) {
        ServletRegistrationBean<SlackEventsServlet> servlet =
                new ServletRegistrationBean<>(new SlackEventsServlet(requests), EVENTS_PATH);
        servlet.setEnabled(credentials.mode() == SlackCredentials.Mode.HTTP);
        return servlet;
    }

    @Bean
    FilterRegistrationBean<SlackRequestFilter> slackRequestFilter(
            SlackCredentials credentials, SlackProperties properties, Clock clock) {
        boolean http = credentials.mode() == SlackCredentials.Mode.HTTP;
        SlackRequestVerifier verifier = new SlackRequestVerifier(
                http ? credentials.signingSecret() : "unused", properties.signatureTolerance(), clock);
        FilterRegistrationBean<SlackRequestFilter> filter =
                new FilterRegistrationBean<>(new SlackRequestFilter(verifier, properties.maxRequestBytes()));
        filter.addUrlPatterns(EVENTS_PATH);
        filter.setEnabled(http);
        return filter;
    }
}
