package io.socialdesk.slack;

/** The team the Slack suites start the bot with: Anna (admin) and Ben (approver), and the four channels. */
final class SlackTestTeam {

    static final String CONFIG =
            """
            team:
              people:
                - {id: anna, name: Anna, slack: UANNA, roles: [admin]}
                - {id: ben, name: Ben, slack: UBEN, roles: [approver]}
            chat:
              channels:
                social: {slack: CSOCIAL}
                approvals: {slack: CAPPROVALS}
                alerts: {slack: CALERTS}
                digest: {slack: CDIGEST}
            """;

    private SlackTestTeam() {}
}
