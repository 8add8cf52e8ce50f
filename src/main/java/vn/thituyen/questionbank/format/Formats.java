package vn.thituyen.questionbank.format;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thituyen.questionbank.domain.AikenFormat;

/** The exchange formats the application offers, in the order the UI lists them. */
@Configuration
class Formats {

    @Bean
    QuestionFormat aikenFormat() {
        return new QuestionFormat() {
            @Override
            public String id() {
                return "aiken";
            }

            @Override
            public String extension() {
                return "txt";
            }

            @Override
            public String mimeType() {
                return "text/plain;charset=UTF-8";
            }

            @Override
            public Parsed read(byte[] file) {
                try {
                    return new Parsed(AikenFormat.parse(new String(file, StandardCharsets.UTF_8)).stream()
                            .map(q -> QuestionDraft.single(q.line(), q.stem(), q.options(), q.correctIndex()))
                            .toList(), List.of());
                } catch (AikenFormat.AikenException e) {
                    throw new ImportException(e.errors().stream()
                            .map(x -> new ImportProblem(x.line(), x.messageKey(), x.detail())).toList());
                }
            }

            @Override
            public Exported write(List<QuestionDraft> questions) {
                throw new UnsupportedOperationException("replaced by format.AikenFormat");
            }
        };
    }
}
