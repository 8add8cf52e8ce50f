package vn.thituyen.delivery.domain;

import java.util.Collection;

/** Paper items written in JDBC batches (their IDENTITY ids keep Hibernate from batching the inserts). */
public interface PaperItemBatch {

    void insertAll(Collection<PaperItem> items);
}
