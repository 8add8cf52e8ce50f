package vn.thituyen.questionbank.format;

import java.util.List;

/** A file that cannot be imported; every problem found is listed, and nothing from the file was kept. */
public class ImportException extends RuntimeException {

    private final List<ImportProblem> problems;

    public ImportException(List<ImportProblem> problems) {
        super(problems.size() + " problem(s), first at line " + problems.get(0).line() + ": "
                + problems.get(0).messageKey());
        this.problems = List.copyOf(problems);
    }

    public ImportException(ImportProblem problem) {
        this(List.of(problem));
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
