package io.github.copydesk.benchmarks.startup;

import java.lang.management.ManagementFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A trivial web application: starts (Tomcat on a free port), prints the milliseconds from the JVM's start to the
 * started context and the number of beans, and stops.
 */
@SpringBootApplication
@RestController
public class StartupApplication {

    /** @return a greeting */
    @GetMapping("/")
    public String hello() {
        return "hello";
    }

    /**
     * Starts and stops the application.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(StartupApplication.class);
        application.setDefaultProperties(java.util.Map.of("server.port", "0", "spring.main.banner-mode", "off",
                "logging.level.root", "warn"));
        try (ConfigurableApplicationContext context = application.run(args)) {
            long ready = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println(ready + " " + context.getBeanDefinitionCount());
        }
    }
}
