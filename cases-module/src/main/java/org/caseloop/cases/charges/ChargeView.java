package org.caseloop.cases.charges;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A charge as the API shows it. */
@Schema(name = "Charge", description = "A charge (罪名) of the Criminal Law")
public record ChargeView(
        @Schema(description = "Stable code: C, chapter, ordinal within the chapter", example = "C02043") String code,
        @Schema(description = "Name of the charge", example = "危险驾驶罪") String name,
        @Schema(description = "Defining article", example = "第一百三十三条之一") String article,
        @Schema(description = "Chapter of the special part, 1–10", example = "2") int chapter,
        @Schema(description = "Section within chapters 3 and 6, else null", nullable = true) Integer section,
        @Schema(description = "Crime of negligence (过失犯罪)") boolean negligent,
        @Schema(description = "Crime of dereliction of duty (渎职罪)") boolean dereliction) {

    static ChargeView of(Charge charge) {
        return new ChargeView(charge.getCode(), charge.getName(), charge.getArticle(), charge.getChapter(),
                charge.getSection(), charge.isNegligent(), charge.isDereliction());
    }
}
