@_spi(Synthetic) import IncentiveKit

/// The plan `incentive generate` writes next to its data: the structure of Fixtures/acme/plan.json (every track and
/// metric family, guards, eligibility, on-missing rules), so `calculate` on a synthetic dataset exercises what a
/// real plan does. Every component without an `on_missing` rule is held at target when its metric has no data, so
/// small or event-free datasets can be paid too.
enum SyntheticPlan {
  static let json = #"""
    {
      "name": "Synthetic engineering incentives",
      "version": "synthetic-1",
      "rationale": "Written by incentive generate: the Acme 2026-Q3 plan (Fixtures/acme/plan.json) applied to a synthetic org, so benchmarks exercise every metric family a real plan uses. Components without data are held at target (on_missing), so a dataset of any size, even one without events, can be paid.",
      "period": "2026-Q3",
      "currency": "USD",
      "payout_cap": 1.5,
      "payout_floor": 0,
      "cooling_off_days": 30,
      "blackouts": [],
      "tracks": {
        "ic": {"components": [
          {"id": "delivery", "metric": "deployment_frequency", "scope": "team", "weight": 0.3, "curve": [[0.5, 0], [1.5, 0.8], [3, 1.2], [5, 1.5]], "guards": [{"metric": "change_failure_rate", "max": 0.15, "cap": 1.0}, {"metric": "coverage_delta", "min": 0, "cap": 0.8}], "on_missing": "target"},
          {"id": "recovery", "metric": "time_to_restore_hours", "scope": "team", "weight": 0.2, "curve": [[1, 1.5], [4, 1.0], [24, 0.5], [72, 0]], "eligibility": {"metric": "oncall_shifts", "min": 2}, "on_missing": "target"},
          {"id": "quality", "metric": "attributable_rollback_rate", "scope": "team", "weight": 0.15, "curve": [[0, 1.3], [0.05, 1.0], [0.15, 0]], "on_missing": "target"},
          {"id": "reviews", "metric": "substantive_review_ratio", "scope": "individual", "weight": 0.25, "curve": [[0.1, 0], [0.3, 1.0], [0.6, 2.5]], "on_missing": "zero"},
          {"id": "collaboration", "metric": "cross_team_reviews", "scope": "individual", "weight": 0.1, "curve": [[0, 0.5], [4, 1.0], [10, 2.0]], "guards": [{"metric": "substantive_review_ratio", "min": 0.25, "cap": 1.0}], "on_missing": "zero"}
        ]},
        "tech_lead": {"components": [
          {"id": "delivery", "metric": "deployment_frequency", "scope": "team", "weight": 0.2, "curve": [[0.5, 0], [1.5, 0.8], [3, 1.2], [5, 1.5]], "guards": [{"metric": "change_failure_rate", "max": 0.15, "cap": 1.0}, {"metric": "coverage_delta", "min": 0, "cap": 0.8}], "on_missing": "target"},
          {"id": "lead_time", "metric": "lead_time_hours", "scope": "team", "weight": 0.2, "curve": [[24, 1.5], [72, 1.0], [168, 0.5], [336, 0]], "guards": [{"metric": "rework_rate", "max": 0.2, "cap": 1.0}], "on_missing": "target"},
          {"id": "mentoring", "metric": "mentee_promotions", "scope": "individual", "weight": 0.3, "curve": [[0, 0.5], [1, 1.0], [2, 1.5], [3, 2.0]], "on_missing": "zero"},
          {"id": "reviews", "metric": "substantive_review_ratio", "scope": "individual", "weight": 0.3, "curve": [[0.1, 0], [0.3, 1.0], [0.6, 2.5]], "on_missing": "zero"}
        ]},
        "manager": {"components": [
          {"id": "retention", "metric": "retention_rate", "scope": "individual", "weight": 0.35, "curve": [[0.7, 0], [0.85, 0.8], [1.0, 1.2]], "on_missing": "target"},
          {"id": "health", "metric": "team_health", "scope": "team", "weight": 0.25, "curve": [[50, 0], [70, 1.0], [85, 1.4]], "on_missing": "target"},
          {"id": "cost", "metric": "cost_vs_budget", "scope": "team", "weight": 0.15, "curve": [[0.9, 1.2], [1.0, 1.0], [1.15, 0]], "on_missing": "target"},
          {"id": "delivery", "metric": "deployment_frequency", "scope": "team", "weight": 0.15, "curve": [[0.5, 0], [1.5, 0.8], [3, 1.2], [5, 1.5]], "guards": [{"metric": "change_failure_rate", "max": 0.15, "cap": 1.0}, {"metric": "coverage_delta", "min": 0, "cap": 0.8}], "on_missing": "target"},
          {"id": "internal_customers", "metric": "internal_customer_satisfaction", "scope": "team", "weight": 0.1, "curve": [[3, 0], [4, 1.0], [5, 1.5]], "on_missing": "target"}
        ]},
        "default": {"components": [
          {"id": "health", "metric": "team_health", "scope": "team", "weight": 0.4, "curve": [[50, 0], [70, 1.0], [85, 1.4]], "on_missing": "target"},
          {"id": "retention", "metric": "retention_rate", "scope": "individual", "weight": 0.4, "curve": [[0.7, 0], [0.85, 0.8], [1.0, 1.2]], "on_missing": "target"},
          {"id": "cost", "metric": "cost_vs_budget", "scope": "team", "weight": 0.2, "curve": [[0.9, 1.2], [1.0, 1.0], [1.15, 0]], "on_missing": "target"}
        ]}
      }
    }
    """# + "\n"
}
