-- Spring Modulith's event publication registry (schema v2), written so H2 and PostgreSQL both accept it.
CREATE TABLE event_publication (
    id                     UUID NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512) NOT NULL,
    event_type             VARCHAR(512) NOT NULL,
    serialized_event       VARCHAR(100000) NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_by_listener_idx ON event_publication (listener_id);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);

-- Inbound chat events seen so far, so a platform's retry of the same event is handled once.
CREATE TABLE chat_inbound_event (
    platform    VARCHAR(16)  NOT NULL,
    event_id    VARCHAR(200) NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (platform, event_id)
);
CREATE INDEX chat_inbound_event_by_received_idx ON chat_inbound_event (received_at);
