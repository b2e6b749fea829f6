package io.socialdesk.oncall;

import io.socialdesk.config.InvalidConfigException;
import io.socialdesk.team.Person;
import io.socialdesk.team.Team;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** Checks at startup that every rotation member, and every person and group the chain pages, is on the team. */
@Component
final class OncallConfigCheck implements InitializingBean {

    private final OncallProperties properties;
    private final Team team;

    OncallConfigCheck(OncallProperties properties, Team team) {
        this.properties = properties;
        this.team = team;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> people = team.people().stream().map(Person::id).toList();
        for (int r = 0; r < properties.rotations().size(); r++) {
            List<String> members = properties.rotations().get(r).members();
            for (int m = 0; m < members.size(); m++) {
                if (!people.contains(members.get(m))) {
                    throw new InvalidConfigException(
                            "oncall.rotations[" + r + "].members[" + m + "]",
                            members.get(m),
                            "a person id from team.people: " + people);
                }
            }
        }
        List<OncallProperties.EscalationStep> steps = properties.escalation().steps();
        List<String> groups =
                team.groups().stream().map(io.socialdesk.team.Group::id).toList();
        for (int s = 0; s < steps.size(); s++) {
            OncallProperties.EscalationStep step = steps.get(s);
            List<String> known = step.kind().equals("person") ? people : groups;
            if (!step.ref().isEmpty() && !known.contains(step.ref())) {
                throw new InvalidConfigException(
                        "oncall.escalation.steps[" + s + "].page",
                        step.page(),
                        (step.kind().equals("person")
                                        ? "a person id from team.people: "
                                        : "a group id from team.groups: ")
                                + known);
            }
        }
    }
}
