/**
 * Triage at intake: the three-way classification (三分法) of a case as simple or complex (繁简分流), fast or normal
 * (快慢分道) and light or serious (轻重分离), and the labels (标识) that follow from its elements. The rules live in a
 * versioned {@link org.caseloop.cases.triage.ClassificationStandard} that the case office edits as data; the rule
 * classes are plain Java, free of Jakarta, while {@link org.caseloop.cases.triage.StandardCodec} (JSON) and
 * {@link org.caseloop.cases.triage.ClassificationStandardService} (storage, publishing, audit) connect them to the
 * platform. Every classification records the standard version that decided it and explains itself in Chinese and
 * English.
 */
package org.caseloop.cases.triage;
