package io.arrflow.worker.bench;

import java.util.List;

/** A least-squares line y = intercept + slope·x, and how far the points lie from it. */
record LineFit(double intercept, double slope, double rmse, double worst) {

    record Point(double x, double y) {}

    static LineFit of(List<Point> points) {
        double n = points.size();
        double meanX = points.stream().mapToDouble(Point::x).sum() / n;
        double meanY = points.stream().mapToDouble(Point::y).sum() / n;
        double covariance = 0;
        double variance = 0;
        for (Point p : points) {
            covariance += (p.x() - meanX) * (p.y() - meanY);
            variance += (p.x() - meanX) * (p.x() - meanX);
        }
        double slope = covariance / variance;
        double intercept = meanY - slope * meanX;
        return withErrors(intercept, slope, points);
    }

    private static LineFit withErrors(double intercept, double slope, List<Point> points) {
        double squares = 0;
        double worst = 0;
        for (Point p : points) {
            double error = intercept + slope * p.x() - p.y();
            squares += error * error;
            worst = Math.max(worst, Math.abs(error));
        }
        return new LineFit(intercept, slope, Math.sqrt(squares / points.size()), worst);
    }
}
