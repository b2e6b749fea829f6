package io.socialdesk.local;

import java.nio.file.Path;
import java.util.List;

/** The local chat scenarios on the default database: H2 in file mode. */
class LocalChatOnH2IntegrationTests extends LocalChatScenarios {

    @Override
    List<String> databaseArguments(Path dataDir) {
        return List.of("--socialdesk.data-dir=" + dataDir);
    }
}
