package io.socialdesk.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;

/** A stand-in for Slack's Web API on loopback, for the benchmark: answers auth.test and says yes to the rest. */
public final class FakeSlackApi {

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(args[0]);
        WireMockServer server = new WireMockServer(wireMockConfig()
                .port(port)
                .bindAddress("127.0.0.1")
                .disableRequestJournal()
                .containerThreads(8));
        server.start();
        server.stubFor(
                post(urlPathEqualTo("/api/auth.test"))
                        .willReturn(
                                aResponse()
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                """
                        {"ok":true,"url":"https://t.slack.com/","team":"T","user":"socialdesk","team_id":"T1",
                         "user_id":"UBOT0001","bot_id":"BBOT0001"}""")));
        server.stubFor(post(urlMatching("/api/.*"))
                .atPriority(10)
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000000.000100\"}")));
        System.out.println("fake Slack API on 127.0.0.1:" + port);
        Thread.currentThread().join();
    }

    private FakeSlackApi() {}
}
