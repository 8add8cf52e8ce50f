package vn.thituyen.campaign;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The candidates of a campaign as the conflict-of-interest checks need them (implemented by the registration module,
 * which owns applications): every application not withdrawn, with its position and room.
 */
public interface CampaignCandidates {

    List<Candidate> candidates(long campaignId);

    /** One applicant; {@code roomId} null until the eligible list gives them a room. */
    record Candidate(long applicationId, String citizenId, String fullName, long positionId, Long roomId) {
    }

    /** Citizen id → full name of the candidates that pass {@code filter}. */
    default Map<String, String> byCitizenId(long campaignId, Predicate<Candidate> filter) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Candidate c : candidates(campaignId)) {
            if (filter.test(c)) {
                out.put(c.citizenId(), c.fullName());
            }
        }
        return out;
    }
}
