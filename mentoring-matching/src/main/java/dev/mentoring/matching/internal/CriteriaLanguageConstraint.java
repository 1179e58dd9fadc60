package dev.mentoring.matching.internal;

import dev.mentoring.matching.scoring.HardConstraint;
import dev.mentoring.matching.scoring.PreparedConstraint;
import dev.mentoring.matching.scoring.ScoringContext;
import org.jspecify.annotations.Nullable;

/**
 * Requires a language: either at least one language in common, or a given language spoken by both
 * (compared by primary subtag). A participant who states no language is not excluded: the program's
 * form may not have asked.
 */
public final class CriteriaLanguageConstraint implements HardConstraint {
  /** The constraint's id. */
  public static final String ID = "required-language";

  private final @Nullable String language;

  /**
   * Creates the constraint.
   *
   * @param language a BCP 47 tag both must speak, or null for any common language
   * @throws IllegalArgumentException if the tag has no primary subtag
   */
  public CriteriaLanguageConstraint(@Nullable String language) {
    if (language != null && ScoringLanguages.primary(language).isEmpty()) {
      throw new IllegalArgumentException("required language is blank: '" + language + "'");
    }
    this.language = language == null ? null : ScoringLanguages.primary(language);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public PreparedConstraint prepare(ScoringContext ctx) {
    ScoringLanguages languages = ScoringLanguages.of(ctx);
    String required = language;
    if (required == null) {
      return new PreparedConstraint() {
        @Override
        public boolean allows(int i, int j) {
          return !languages.menteeKnown(i) || !languages.mentorKnown(j) || languages.share(i, j);
        }

        @Override
        public void restrictRow(int i, boolean[] allowed) {
          if (!languages.menteeKnown(i)) {
            return;
          }
          if (languages.words() == 1) {
            long a = languages.menteeBits()[i];
            long[] mentorBits = languages.mentorBits();
            for (int j = 0; j < allowed.length; j++) {
              long b = mentorBits[j];
              allowed[j] &= b == 0 || (a & b) != 0;
            }
            return;
          }
          for (int j = 0; j < allowed.length; j++) {
            if (allowed[j] && languages.mentorKnown(j) && !languages.share(i, j)) {
              allowed[j] = false;
            }
          }
        }

        @Override
        public String reason(int i, int j) {
          return "no common language (mentee "
              + ctx.menteeId(i)
              + " speaks "
              + languages.menteeNames(i)
              + "; mentor "
              + ctx.mentorId(j)
              + " speaks "
              + languages.mentorNames(j)
              + ")";
        }
      };
    }
    int id = languages.find(required);
    boolean[] menteeOk = new boolean[ctx.menteeCount()];
    boolean[] mentorOk = new boolean[ctx.mentorCount()];
    for (int i = 0; i < menteeOk.length; i++) {
      menteeOk[i] = !languages.menteeKnown(i) || languages.menteeSpeaks(i, id);
    }
    for (int j = 0; j < mentorOk.length; j++) {
      mentorOk[j] = !languages.mentorKnown(j) || languages.mentorSpeaks(j, id);
    }
    return new PreparedConstraint() {
      @Override
      public boolean allows(int i, int j) {
        return menteeOk[i] && mentorOk[j];
      }

      @Override
      public void restrictRow(int i, boolean[] allowed) {
        if (!menteeOk[i]) {
          java.util.Arrays.fill(allowed, false);
          return;
        }
        for (int j = 0; j < allowed.length; j++) {
          if (!mentorOk[j]) {
            allowed[j] = false;
          }
        }
      }

      @Override
      public String reason(int i, int j) {
        StringBuilder sb = new StringBuilder();
        if (!menteeOk[i]) {
          sb.append("mentee ")
              .append(ctx.menteeId(i))
              .append(" does not speak ")
              .append(required)
              .append(" (speaks ")
              .append(languages.menteeNames(i))
              .append(')');
        }
        if (!mentorOk[j]) {
          sb.append(sb.length() == 0 ? "" : "; ")
              .append("mentor ")
              .append(ctx.mentorId(j))
              .append(" does not speak ")
              .append(required)
              .append(" (speaks ")
              .append(languages.mentorNames(j))
              .append(')');
        }
        return sb.toString();
      }
    };
  }

  @Override
  public String toString() {
    return language == null
        ? "HardConstraints.requiredCommonLanguage()"
        : "HardConstraints.requiredLanguage(" + language + ")";
  }
}
