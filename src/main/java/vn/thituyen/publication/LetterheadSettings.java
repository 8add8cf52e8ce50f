package vn.thituyen.publication;

import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.common.Letterhead;
import vn.thituyen.common.Letterheads;
import vn.thituyen.publication.domain.Setting;
import vn.thituyen.publication.domain.SettingRepository;

/** The letterhead as the settings give it, for this module's papers and for any other module's (results). */
@Component
class LetterheadSettings implements Letterheads {

    private final SettingRepository settings;

    LetterheadSettings(SettingRepository settings) {
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    Letterhead settings() {
        return new Letterhead(value(PublicationService.PARENT, "ỦY BAN NHÂN DÂN TỈNH"),
                value(PublicationService.NAME, "SỞ NỘI VỤ"), value(PublicationService.PLACE, ""));
    }

    @Override
    @Transactional(readOnly = true)
    public Letterhead forAuthority(String campaignAuthority) {
        Letterhead s = settings();
        return campaignAuthority == null || campaignAuthority.isBlank() ? s
                : new Letterhead(s.parentAuthority(), campaignAuthority.strip().toUpperCase(Locale.forLanguageTag("vi")),
                        s.place());
    }

    private String value(String key, String fallback) {
        return settings.findById(key).map(Setting::getValue).orElse(fallback);
    }
}
