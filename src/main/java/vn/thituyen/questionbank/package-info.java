/**
 * Question banks: authoring and review, the exchange formats (Aiken, GIFT, Moodle XML, QTI 2.1, Excel), topics,
 * blueprints and paper drawing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "identity", "campaign", "campaign::ui"})
package vn.thituyen.questionbank;
