package vn.thituyen.registration;

/**
 * The candidate's admission ticket (giấy báo dự thi): a PDF with their number, room, the times of what they sit and
 * a signed QR code the invigilators scan at the door. Provided by the module that knows sittings and rooms'
 * times; this module only offers the download on the candidate's page, so it depends on nothing it does not own.
 */
public interface AdmissionTickets {

    /**
     * Whether the signed-in candidate's ticket can be issued: their own application, the eligible list published,
     * a candidate number and a room.
     */
    boolean ready(long applicationId);

    /** The signed-in candidate's ticket as a PDF; refused (a {@code DomainException}) while not {@link #ready}. */
    byte[] ticketPdf(long applicationId);
}
