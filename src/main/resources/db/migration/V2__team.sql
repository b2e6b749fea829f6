CREATE TABLE team_person (
    id           VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name VARCHAR(200) NOT NULL,
    language     VARCHAR(8),
    active       BOOLEAN      NOT NULL
);

-- A person's user id on each platform; the local chat uses the person id itself.
CREATE TABLE team_account (
    platform  VARCHAR(16)  NOT NULL,
    user_id   VARCHAR(100) NOT NULL,
    person_id VARCHAR(64)  NOT NULL REFERENCES team_person (id),
    PRIMARY KEY (platform, user_id)
);

CREATE TABLE team_role (
    person_id VARCHAR(64) NOT NULL REFERENCES team_person (id),
    role      VARCHAR(32) NOT NULL,
    PRIMARY KEY (person_id, role)
);

CREATE TABLE team_group (
    id           VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name VARCHAR(200) NOT NULL,
    lead_id      VARCHAR(64) REFERENCES team_person (id)
);

CREATE TABLE team_group_member (
    group_id  VARCHAR(64) NOT NULL REFERENCES team_group (id),
    person_id VARCHAR(64) NOT NULL REFERENCES team_person (id),
    position  INT         NOT NULL,
    PRIMARY KEY (group_id, person_id)
);
