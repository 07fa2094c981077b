package org.caseloop.cases.charges;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A charge (罪名) of the Criminal Law. Reference data: rows come only from the migrations, so the entity has no
 * setters and no public constructor.
 */
@Entity
@Table(name = "cases_charge")
public class Charge {

    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = 16)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 60)
    private String article;

    @Column(nullable = false)
    private int chapter;

    private Integer section;

    @Column(nullable = false)
    private boolean negligent;

    @Column(nullable = false)
    private boolean dereliction;

    protected Charge() {
    }

    public Long getId() {
        return id;
    }

    /** Stable code, e.g. {@code C02043}: "C", chapter of the special part, ordinal within the chapter. */
    public String getCode() {
        return code;
    }

    /** The name fixed by the Supreme People's Court and Procuratorate, e.g. 危险驾驶罪. */
    public String getName() {
        return name;
    }

    /** The defining article, e.g. 第一百三十三条之一. */
    public String getArticle() {
        return article;
    }

    /** Chapter 1–10 of the special part. */
    public int getChapter() {
        return chapter;
    }

    /** Section within chapters 3 and 6; {@code null} elsewhere. */
    public Integer getSection() {
        return section;
    }

    /** A crime of negligence (过失犯罪). */
    public boolean isNegligent() {
        return negligent;
    }

    /** A crime of dereliction of duty (渎职罪, chapter 9). */
    public boolean isDereliction() {
        return dereliction;
    }
}
