"""The supervisors' rules file: model, loader (with last-good fallback) and engine."""

from router.rules.engine import RuleSet
from router.rules.loader import RulesError, RulesHolder, load_rules, parse_rules

__all__ = ["RuleSet", "RulesError", "RulesHolder", "load_rules", "parse_rules"]
