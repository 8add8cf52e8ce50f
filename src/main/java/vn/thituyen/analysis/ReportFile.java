package vn.thituyen.analysis;

/** A file a report produced, ready for download. */
public record ReportFile(String fileName, String contentType, byte[] data) {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";
}
