package io.arrflow.worker.job;

import io.arrflow.model.QualityReport;
import io.arrflow.worker.encode.EncodeSpec;
import io.arrflow.worker.quality.QualityScores;
import io.arrflow.worker.quality.QualityTarget;

/**
 * The quality settings of a worker and the two steps they drive: the sample search before a full encode and
 * the gate after it. A job's own target (library-watcher's, per library) wins over its profile's, which wins
 * over the worker's default.
 *
 * @param sizeRatio an output predicted above source × ratio is not worth encoding (the verifier's ratio)
 */
record QualityControl(TargetSearch search, QualityGate gate, QualityTarget defaultTarget, double sizeRatio) {

    QualityTarget targetOf(JobContext ctx) {
        QualityReport.Target asked = ctx.job().quality();
        if (asked != null) {
            return new QualityTarget(asked.mean(), asked.p5());
        }
        return ctx.profile().target() != null ? ctx.profile().target() : defaultTarget;
    }

    SampleSearch searchFor(EncodeSpec spec, QualityTarget target) {
        return search.search(spec, target);
    }

    QualityScores score(EncodeSpec spec) {
        return gate.score(spec);
    }
}
