package vn.thituyen.questionbank.format;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The exchange formats the application offers, in the order the UI lists them. */
@Configuration
class Formats {

    @Bean
    @Order(1)
    QuestionFormat excelFormat() {
        return new ExcelFormat();
    }

    @Bean
    @Order(2)
    QuestionFormat moodleXmlFormat() {
        return new MoodleXmlFormat();
    }

    @Bean
    @Order(3)
    QuestionFormat giftFormat() {
        return new GiftFormat();
    }

    @Bean
    @Order(4)
    QuestionFormat aikenFormat() {
        return new AikenFormat();
    }

    @Bean
    @Order(5)
    QuestionFormat qti21Format() {
        return new Qti21Format();
    }
}
