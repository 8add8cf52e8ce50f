package vn.thituyen;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * ThiTuyen: recruitment exams for civil servants and public employees (thi tuyển công chức, viên chức). The
 * application's stylesheet and the page language are put into every page by {@code common.ui.UiSetup}.
 */
@SpringBootApplication
@Push
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
