package io.socialdesk.feeds.polling;

import io.socialdesk.feeds.parsing.FeedParseResult;
import io.socialdesk.feeds.parsing.FeedParser;
import io.socialdesk.feeds.store.FeedSource;
import java.time.Clock;
import java.time.Instant;

/** One poll of one feed: fetch, read, record. */
final class FeedPoll {

    /** How a poll ended, for the cycle's summary. */
    enum Outcome {
        NEW_ITEMS,
        NOTHING_NEW,
        NOT_MODIFIED,
        FAILED
    }

    private final FeedFetcher fetcher;
    private final FeedParser parser;
    private final PollRecorder recorder;
    private final Clock clock;

    FeedPoll(FeedFetcher fetcher, FeedParser parser, PollRecorder recorder, Clock clock) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.recorder = recorder;
        this.clock = clock;
    }

    Outcome run(FeedSource feed) {
        FetchResult result = fetcher.fetch(feed);
        Instant now = Instant.now(clock);
        if (result instanceof FetchResult.NotModified) {
            recorder.notModified(feed, now);
            return Outcome.NOT_MODIFIED;
        }
        if (result instanceof FetchResult.Failed failed) {
            recorder.failed(feed, failed, now);
            return Outcome.FAILED;
        }
        FetchResult.Fetched fetched = (FetchResult.Fetched) result;
        FeedParseResult parsed = parser.parse(fetched.body(), fetched.contentType(), fetched.url(), now);
        if (parsed instanceof FeedParseResult.ParseFailure failure) {
            recorder.failed(
                    feed,
                    FetchResult.Failed.transientFailure(
                            failure.detail().isEmpty() ? failure.reason().name() : reasonText(failure)),
                    now);
            return Outcome.FAILED;
        }
        return recorder.parsed(feed, fetched, (FeedParseResult.Parsed) parsed, now) > 0
                ? Outcome.NEW_ITEMS
                : Outcome.NOTHING_NEW;
    }

    private static String reasonText(FeedParseResult.ParseFailure failure) {
        return switch (failure.reason()) {
            case EMPTY -> "the response is empty";
            case HTML_PAGE -> "the address serves a web page, not a feed";
            case MALFORMED_XML -> "the feed is not well-formed XML (" + failure.detail() + ")";
            case BAD_ENCODING -> "the feed's character encoding is unreadable (" + failure.detail() + ")";
            case NOT_A_FEED -> "the document is neither RSS nor Atom (" + failure.detail() + ")";
        };
    }
}
