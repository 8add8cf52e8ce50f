package vn.thituyen.registration;

import java.time.LocalDate;
import vn.thituyen.campaign.PriorityCategory;

/** What other modules may know of an application. */
public record CandidateInfo(
        long applicationId,
        long campaignId,
        long positionId,
        String candidateNumber,
        String fullName,
        LocalDate dateOfBirth,
        Long roomId,
        ApplicationStatus status,
        /** the claimed categories confirmed at review (the result counts the highest); empty = none */
        java.util.List<PriorityCategory> confirmedPriorities,
        boolean foreignLanguageExempt,
        ApplicationForm.ForeignLanguage foreignLanguage) {
}
