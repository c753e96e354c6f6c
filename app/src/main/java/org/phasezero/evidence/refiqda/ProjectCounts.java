package org.phasezero.evidence.refiqda;

/**
 * How much a project holds, for summaries such as an import's or the CLI's.
 *
 * @param selections selections of every kind (text, PDF, picture, audio, video, transcript)
 * @param codings codings anywhere: on sources, selections and notes
 */
public record ProjectCounts(int users, int codes, int codeDepth, int sources, int selections,
    int codings, int notes, int cases) {

  public static ProjectCounts of(QdaProject project) {
    ProjectGuids guids = ProjectGuids.of(project);
    return new ProjectCounts(project.users().size(), (int) project.codeBook().allCodes().count(),
        project.codeBook().depth(), project.sources().size(),
        count(guids, ProjectGuids.Kind.SELECTION), count(guids, ProjectGuids.Kind.CODING),
        project.notes().size(), project.cases().size());
  }

  private static int count(ProjectGuids guids, ProjectGuids.Kind kind) {
    return (int) guids.identified.stream().filter(i -> i.kind() == kind).count();
  }
}
