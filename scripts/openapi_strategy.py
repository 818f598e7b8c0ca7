#!/usr/bin/env python3
"""Adds the digital strategy API (features/strategy/api.cpp) to docs/openapi.json. Idempotent:
run it again after a merge and it puts the same entries back. Keeps the file's style: indent 2,
UTF-8 as it is, a trailing newline."""

from openapi_parts import add_to_spec, errors, ok, ref, operations

READ = (401, 403, 404, 500, 503)
WRITE = (400, 401, 403, 404, 413, 500, 503)
TAG = "Strategy"
operation = operations(TAG)
DESCRIPTION = ("The digital strategy, its versions and the board's approval, and its checks "
               "against the guidance.")
TEXT = {"type": "string"}
DATE_OR_NULL = {"type": ["string", "null"], "format": "date"}
KEY = {"type": "integer", "minimum": 1,
       "description": "The item's key, the same in every version. Leave it out for a new item; "
                      "any other must name an item of the same list in the current version."}

SCHEMAS = {
    "StrategyOutcome": {
        "type": "object", "required": ["title"],
        "description": "An outcome may link to a measure of one of the organisation's services "
                       "(measure_id); its baseline and target are then numbers written as text "
                       "(\"95\", \"12.5\") in the measure's unit, and due_on is required. "
                       "Its trajectory runs in a straight line from the baseline on "
                       "baseline_on (or 1 January of horizon_start) to the target on due_on.",
        "properties": {"key": KEY, "title": TEXT, "measure": TEXT, "baseline": TEXT,
                       "target": TEXT, "due_on": DATE_OR_NULL,
                       "measure_id": {"type": ["integer", "null"], "minimum": 1,
                                      "description": "A measure of one of the organisation's "
                                                     "services; another organisation's, or "
                                                     "none, is refused (400)."},
                       "baseline_on": DATE_OR_NULL,
                       "standing": {"readOnly": True,
                                    "description": "Where a linked outcome stands today; null "
                                                   "when not linked. Left out of a past version.",
                                    "oneOf": [ref("schemas", "StrategyOutcomeStanding"),
                                              {"type": "null"}]}}},
    "StrategyOutcomeStanding": {
        "type": "object",
        "required": ["judgement", "label", "service", "measure", "unit", "improvement",
                     "latest_on", "latest_value", "trajectory_value"],
        "description": "The measure's latest value for a complete month or week against the "
                       "trajectory at that date. Behind when worse than the trajectory by more "
                       "than rounding, in the measure's better direction.",
        "properties": {
            "judgement": {"type": "string", "enum": [
                "ahead", "on_track", "behind", "not_judged", "no_value", "no_measure"]},
            "label": TEXT,
            "service": {"type": ["string", "null"],
                        "description": "Null when the measure is no longer in the register."},
            "measure": {"type": ["string", "null"]},
            "unit": {"type": ["string", "null"]},
            "improvement": {"type": ["string", "null"], "enum": ["up", "down", "neutral", None]},
            "latest_on": DATE_OR_NULL,
            "latest_value": {"type": ["number", "null"]},
            "trajectory_value": {"type": ["number", "null"]}}},
    "StrategyPriority": {
        "type": "object", "required": ["title"],
        "properties": {"key": KEY, "rank": {"type": "integer", "readOnly": True,
                                            "description": "Its place in the list, from 1."},
                       "title": TEXT, "description": TEXT, "top": {"type": "boolean"}}},
    "StrategyNotDoing": {
        "type": "object", "required": ["what", "reason"],
        "properties": {"key": KEY, "what": TEXT, "reason": TEXT}},
    "StrategyInput": {
        "type": "object", "required": ["vision", "horizon_start", "horizon_end"],
        "description": "The whole strategy; every save is a new version.",
        "properties": {
            "vision": {"type": "string", "maxLength": 2000},
            "horizon_start": {"type": "integer", "minimum": 2000, "maximum": 2100},
            "horizon_end": {"type": "integer", "minimum": 2000, "maximum": 2100},
            "reviewed_on": DATE_OR_NULL, "next_review_on": DATE_OR_NULL,
            "system_title": TEXT, "system_url": {"type": "string", "format": "uri"},
            "outcomes": {"type": "array", "items": ref("schemas", "StrategyOutcome")},
            "priorities": {"type": "array", "items": ref("schemas", "StrategyPriority"),
                           "description": "In rank order."},
            "not_doing": {"type": "array", "items": ref("schemas", "StrategyNotDoing")}}},
    "StrategyVersion": {
        "type": "object",
        "required": ["number", "saved_by", "saved_at", "approved_on", "approval_recorded_by"],
        "properties": {"number": {"type": "integer"}, "saved_by": TEXT,
                       "saved_at": {"type": "string", "format": "date-time"},
                       "approved_on": DATE_OR_NULL,
                       "approval_recorded_by": {"type": ["string", "null"]}}},
    "StrategyFinding": {
        "type": "object", "required": ["check", "problem", "what_to_do", "guidance"],
        "properties": {
            "check": {"type": "string", "enum": [
                "horizon-too-long", "no-not-doing-list", "too-many-top-priorities",
                "outcome-not-measurable", "project-without-priority", "not-reviewed",
                "no-system-link", "capital-without-revenue"]},
            "problem": TEXT, "what_to_do": TEXT,
            "guidance": {"type": "string", "description": "The guidance's title."}}},
    "Strategy": {
        "allOf": [ref("schemas", "StrategyInput"), {
            "type": "object", "required": ["version"],
            "properties": {"version": ref("schemas", "StrategyVersion"),
                           "checks": {"type": "array",
                                      "items": ref("schemas", "StrategyFinding")}}}]},
    "StrategyApproval": {"type": "object", "required": ["approved_on"],
                         "properties": {"approved_on": {"type": "string", "format": "date"}}},
    "StrategyChanges": {
        "type": "object", "required": ["approved", "current", "changes"],
        "properties": {
            "approved": {"oneOf": [ref("schemas", "StrategyVersion"), {"type": "null"}]},
            "current": ref("schemas", "StrategyVersion"),
            "changes": {"type": "array", "items": {
                "type": "object", "required": ["kind", "part", "name", "before", "after"],
                "properties": {"kind": {"type": "string",
                                        "enum": ["added", "removed", "changed"]},
                               "part": TEXT, "name": {"type": ["string", "null"]},
                               "before": {"type": ["string", "null"]},
                               "after": {"type": ["string", "null"]}}}}}},
}


def paths():
    ods = [ref("parameters", "Ods")]
    version = {"name": "version", "in": "path", "required": True,
               "description": "The version's number.",
               "schema": {"type": "integer", "minimum": 1}}
    return {
        "/api/v1/orgs/{ods}/strategy": {"parameters": ods, "get": operation(
            "getStrategy", "The current strategy and its checks",
            "Anyone in the organisation. 404 until a strategy is saved.",
            {**ok(200, "The current version.", ref("schemas", "Strategy")), **errors(*READ)}),
            "put": operation(
            "saveStrategy", "Save the strategy as a new version",
            "The secretary and the executive directors. Every problem is named by its field; "
            "the answer carries the checks the new version trips.",
            {**ok(200, "The saved version.", ref("schemas", "Strategy")), **errors(*WRITE)},
            body="StrategyInput", csrf=True)},
        "/api/v1/orgs/{ods}/strategy/versions": {"parameters": ods, "get": operation(
            "listStrategyVersions", "Every version of the strategy",
            "Anyone in the organisation. Newest first, with who saved each and the board's "
            "approval.",
            {**ok(200, "The versions.", {"type": "array",
                                         "items": ref("schemas", "StrategyVersion")}),
             **errors(*READ)})},
        "/api/v1/orgs/{ods}/strategy/versions/{version}": {"parameters": ods + [version],
                                                           "get": operation(
            "getStrategyVersion", "One version of the strategy", "Anyone in the organisation.",
            {**ok(200, "The version.", ref("schemas", "Strategy")), **errors(*READ)})},
        "/api/v1/orgs/{ods}/strategy/versions/{version}/approval": {
            "parameters": ods + [version], "post": operation(
                "approveStrategyVersion", "Record the board's approval of a version",
                "The secretary. The date may not be in the future or before the version was "
                "saved.",
                {**ok(200, "The version.", ref("schemas", "StrategyVersion")), **errors(*WRITE)},
                body="StrategyApproval", csrf=True)},
        "/api/v1/orgs/{ods}/strategy/changes": {"parameters": ods, "get": operation(
            "getStrategyChanges", "What changed since the board last approved the strategy",
            "Anyone in the organisation. Fields, outcomes, priorities and the not-doing list, "
            "added, removed or changed. Before the board has approved any version, approved is "
            "null and changes is empty: there is nothing to compare with.",
            {**ok(200, "The changes.", ref("schemas", "StrategyChanges")), **errors(*READ)})},
    }


def main():
    add_to_spec(TAG, DESCRIPTION, SCHEMAS, paths())


if __name__ == "__main__":
    main()
