/**
 * Small modules that keep or break {@link io.arrflow.architecture.ArchitectureRules}, one rule
 * each: {@code clean} keeps them all, every other one breaks the rule it is named for. They sit outside
 * {@code io.arrflow.platform}, which every module may use, so that one of them can be another service.
 */
package io.arrflow.planted;
