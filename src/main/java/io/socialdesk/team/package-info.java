/**
 * The team: people, their groups (departments such as marketing or legal), roles, language and accounts on each
 * chat platform, seeded from {@code bot-config.yml} and kept in the database. {@link io.socialdesk.team.Team}
 * answers who someone is; the module also answers {@code /sd whoami} and tells the chat port which language to
 * speak.
 */
@NullMarked
package io.socialdesk.team;

import org.jspecify.annotations.NullMarked;
