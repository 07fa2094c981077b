package org.caseloop.cases.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The fingerprint of a submission, to tell a repeated submission from a different one under the same agency
 * reference. It is the SHA-256 of a canonical text in which:
 * <ul>
 * <li>every field appears, in a fixed order, as {@code name=value} on its own line (absent values as {@code -});</li>
 * <li>texts are Unicode-normalised (NFC), stripped of surrounding white space, with inner runs of white space made
 * one space, and escaped so that no value can imitate another line;</li>
 * <li>identity numbers are upper-case (a final {@code x} equals {@code X}); charge codes are upper-case, sorted and
 * without duplicates (their order means nothing); suspects and victims keep their order (it gives their
 * ordinals).</li>
 * </ul>
 */
public final class SubmissionHash {

    private SubmissionHash() {
    }

    public static String of(CaseSubmission s) {
        return sha256(canonical(s));
    }

    static String canonical(CaseSubmission s) {
        StringBuilder out = new StringBuilder();
        line(out, "businessType", s.businessType());
        line(out, "agencyName", text(s.agencyName()));
        line(out, "agencyReference", text(s.agencyReference()));
        line(out, "receivedDate", s.receivedDate());
        line(out, "procedure", s.procedure());
        line(out, "guiltyPlea", s.guiltyPlea());
        line(out, "possibleSentenceMonths", s.possibleSentenceMonths());
        line(out, "recommendationMinMonths", s.recommendationMinMonths());
        line(out, "recommendationMaxMonths", s.recommendationMaxMonths());
        line(out, "sensitive", s.sensitive());
        line(out, "supervisoryTransfer", s.supervisoryTransfer());
        line(out, "majorComplex", s.majorComplex());
        line(out, "summary", text(s.summary()));
        List<CaseSubmission.SuspectInput> suspects = s.suspects() == null ? List.of() : s.suspects();
        line(out, "suspects", suspects.size());
        for (int i = 0; i < suspects.size(); i++) {
            CaseSubmission.SuspectInput p = suspects.get(i);
            String prefix = "suspect." + (i + 1) + ".";
            line(out, prefix + "name", text(p.name()));
            line(out, prefix + "idNumber", p.idNumber() == null ? null : text(p.idNumber()).toUpperCase(Locale.ROOT));
            line(out, prefix + "ageAtOffence", p.ageAtOffence());
            line(out, prefix + "custodyStatus", p.custodyStatus());
            line(out, prefix + "custodySince", p.custodySince());
        }
        line(out, "victims", s.victims().size());
        for (int i = 0; i < s.victims().size(); i++) {
            line(out, "victim." + (i + 1) + ".name", text(s.victims().get(i).name()));
        }
        TreeSet<String> charges = new TreeSet<>();
        for (String code : s.chargeCodes()) {
            if (code != null && !code.isBlank()) {
                charges.add(text(code).toUpperCase(Locale.ROOT));
            }
        }
        line(out, "chargeCodes", String.join(",", charges));
        return out.toString();
    }

    /** The text as stored and compared: NFC, trimmed, inner white space collapsed; null stays null. */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        String normalised = Normalizer.normalize(value, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        return normalised;
    }

    private static void line(StringBuilder out, String name, Object value) {
        out.append(name).append('=');
        if (value == null) {
            out.append('-');
        } else {
            String v = value.toString();
            out.append(v.isEmpty() ? "\"\"" : escape(v));
        }
        out.append('\n');
    }

    private static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\n", "\\n").replace("=", "\\=").replace("-", "\\-");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
