package io.socialdesk.approval;

import io.socialdesk.config.InvalidConfigException;
import io.socialdesk.team.Group;
import io.socialdesk.team.Person;
import io.socialdesk.team.Team;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** Checks at startup that the approval policies name groups and people the team has. */
@Component
final class ApprovalConfigCheck implements InitializingBean {

    private final ApprovalProperties properties;
    private final Team team;

    ApprovalConfigCheck(ApprovalProperties properties, Team team) {
        this.properties = properties;
        this.team = team;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> groups = team.groups().stream().map(Group::id).toList();
        List<String> people = team.people().stream().map(Person::id).toList();
        for (int p = 0; p < properties.policies().size(); p++) {
            List<ApprovalProperties.Step> steps = properties.policies().get(p).steps();
            for (int s = 0; s < steps.size(); s++) {
                ApprovalProperties.Step step = steps.get(s);
                String key = "approval.policies[" + p + "].steps[" + s + "]";
                if (step.group() != null && !groups.contains(step.group())) {
                    throw new InvalidConfigException(
                            key + ".group", step.group(), "a group id from team.groups: " + groups);
                }
                if (step.group() != null && step.rule() == ApprovalProperties.Rule.N_OF) {
                    int size = team.group(step.group()).orElseThrow().members().size();
                    if (step.count() > size) {
                        throw new InvalidConfigException(
                                key + ".count", step.count(), "at most the " + size + " members of " + step.group());
                    }
                }
                for (int i = 0; i < step.people().size(); i++) {
                    if (!people.contains(step.people().get(i))) {
                        throw new InvalidConfigException(
                                key + ".people[" + i + "]",
                                step.people().get(i),
                                "a person id from team.people: " + people);
                    }
                }
            }
        }
    }
}
