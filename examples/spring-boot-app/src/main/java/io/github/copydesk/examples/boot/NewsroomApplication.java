package io.github.copydesk.examples.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A newsroom service: accepts articles as the model's JSON, validates them, and publishes them as the model's JSON
 * or as schema.org JSON-LD. With {@code spring-boot-starter-web} and {@code copydesk-spring-boot-starter}, its
 * {@link ArticleController} is all it writes.
 */
@SpringBootApplication
public class NewsroomApplication {

    /**
     * Starts the service.
     *
     * @param args Spring Boot's arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(NewsroomApplication.class, args);
    }
}
