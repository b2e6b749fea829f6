package io.socialdesk.config.aot;

import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * At build time ({@code spring-boot:process-aot}), writes the facts the frozen bean definitions rest on into the
 * jar, so that {@link AotFallback} can tell at startup whether they still hold. Registered in
 * {@code META-INF/spring/aot.factories}; it plays no part at runtime.
 */
public final class AotBuildRecorder implements BeanFactoryInitializationAotProcessor {

    @Override
    public BeanFactoryInitializationAotContribution processAheadOfTime(ConfigurableListableBeanFactory beanFactory) {
        AotBuild build = AotBuild.of(beanFactory.getBean(
                ConfigurableApplicationContext.ENVIRONMENT_BEAN_NAME, ConfigurableEnvironment.class));
        return (generationContext, code) ->
                generationContext.getGeneratedFiles().addResourceFile(AotBuild.RESOURCE, build.write());
    }
}
