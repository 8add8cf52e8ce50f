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
        /** the claimed category once confirmed at review, else null */
        PriorityCategory confirmedPriority,
        boolean foreignLanguageExempt,
        ApplicationForm.ForeignLanguage foreignLanguage) {
}
