package vn.thituyen.grading.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ScriptScanRepository extends JpaRepository<ScriptScan, Long> {

    /** Which of these scripts have a scan (without reading the files). */
    @Query("select s.scriptId from ScriptScan s where s.scriptId in :scriptIds")
    List<Long> scanned(Collection<Long> scriptIds);
}
