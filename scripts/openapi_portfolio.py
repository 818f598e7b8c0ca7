#!/usr/bin/env python3
"""Adds the portfolio API (features/portfolio/api.cpp) to docs/openapi.json. Idempotent:
run it again after a merge and it puts the same entries back. Keeps the file's style: indent 2,
UTF-8 as it is, a trailing newline."""

from openapi_parts import add_to_spec, errors, ok, ref, operations

READ = (401, 403, 404, 500, 503)
WRITE = (400, 401, 403, 404, 413, 500, 503)
TAG = "Portfolio"
operation = operations(TAG)
DESCRIPTION = ("The programmes and projects that deliver the strategy, their funding and "
               "delivery confidence.")
POUNDS = {"type": ["integer", "null"], "minimum": 0, "maximum": 1000000000000,
          "description": "Whole pounds a year."}
WHOLE_POUNDS = {"type": ["integer", "null"], "minimum": 0, "maximum": 1000000000000,
                "description": "Whole pounds over the item's life."}
MILESTONE_STATUS = {"type": "string",
                    "enum": ["not_started", "on_track", "at_risk", "missed", "complete"]}
CONFIDENCE = {"type": "string", "enum": ["green", "amber_green", "amber", "amber_red", "red"]}

SCHEMAS = {
    "PortfolioFunding": {
        "type": "object",
        "properties": {"capital": POUNDS, "revenue": POUNDS, "one_off": POUNDS}},
    "PortfolioCost": {
        "type": "object", "required": ["year", "amount"],
        "properties": {"year": {"type": "integer", "minimum": 2000, "maximum": 2100},
                       "amount": {"type": "integer", "minimum": 0}}},
    "PortfolioItemInput": {
        "type": "object", "required": ["kind", "name"],
        "properties": {
            "kind": {"type": "string", "enum": ["programme", "project"]},
            "stage": {"type": "string", "enum": ["proposed", "in_delivery"],
                      "description": "A proposal the board has yet to approve, or work in "
                                     "delivery. A new item must give it; left out of a "
                                     "change, the item keeps its stage. Only work in "
                                     "delivery reports delivery confidence."},
            "name": {"type": "string", "maxLength": 200},
            "description": {"type": "string", "maxLength": 2000},
            "programme": {"type": ["integer", "null"],
                          "description": "The programme a project sits in."},
            "priorities": {"type": "array", "items": {"type": "integer"},
                           "description": "Keys of the strategy's current priorities it serves."},
            "funding": ref("schemas", "PortfolioFunding"),
            "costs": {"type": "array", "items": ref("schemas", "PortfolioCost"),
                      "description": "Whole-life cost, year by year."}}},
    "PortfolioRatingInput": {
        "type": "object", "required": ["month", "confidence", "narrative"],
        "properties": {"month": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"},
                       "confidence": CONFIDENCE,
                       "narrative": {"type": "string", "maxLength": 2000}}},
    "PortfolioRating": {
        "type": "object",
        "required": ["month", "confidence", "narrative", "reported_by", "reported_at"],
        "properties": {"month": {"type": "string"}, "confidence": CONFIDENCE,
                       "narrative": {"type": "string"}, "reported_by": {"type": "string"},
                       "reported_at": {"type": "string", "format": "date-time"}}},
    "PortfolioItem": {
        "type": "object",
        "required": ["id", "kind", "stage", "name", "description", "programme", "priorities",
                     "funding", "costs", "whole_life_cost", "latest_rating", "flags", "updated_at"],
        "properties": {
            "id": {"type": "integer"},
            "kind": {"type": "string", "enum": ["programme", "project"]},
            "stage": {"type": "string", "enum": ["proposed", "in_delivery"]},
            "name": {"type": "string"}, "description": {"type": "string"},
            "programme": {"oneOf": [{"type": "null"}, {
                "type": "object", "required": ["id", "name"],
                "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}}]},
            "priorities": {"type": "array", "items": {"type": "integer"}},
            "funding": ref("schemas", "PortfolioFunding"),
            "costs": {"type": "array", "items": ref("schemas", "PortfolioCost")},
            "whole_life_cost": {"type": "integer"},
            "latest_rating": {"oneOf": [ref("schemas", "PortfolioRating"), {"type": "null"}]},
            "flags": {"type": "object", "required": ["no_priority", "capital_without_revenue"],
                      "properties": {
                          "no_priority": {"type": "boolean",
                                          "description": "A project serving none of the "
                                                         "strategy's current priorities."},
                          "capital_without_revenue": {"type": "boolean"}}},
            "updated_at": {"type": "string", "format": "date-time"}}},
    "PortfolioMilestoneInput": {
        "type": "object", "required": ["title", "due_on", "status"],
        "properties": {
            "title": {"type": "string", "maxLength": 200},
            "due_on": {"type": "string", "format": "date"},
            "status": MILESTONE_STATUS,
            "completed_on": {"type": ["string", "null"], "format": "date",
                             "description": "For a complete milestone only, and then "
                                            "required; not after today."}}},
    "PortfolioMilestone": {
        "type": "object", "required": ["title", "due_on", "status", "completed_on", "overdue"],
        "properties": {
            "title": {"type": "string"},
            "due_on": {"type": "string", "format": "date"},
            "status": MILESTONE_STATUS,
            "completed_on": {"type": ["string", "null"], "format": "date"},
            "overdue": {"type": "boolean",
                        "description": "Past its due date and not complete, as of today (UTC)."}}},
    "PortfolioAssuranceInput": {
        "type": "object",
        "description": "Replaces the item's assurance as a whole: what is left out is cleared.",
        "properties": {
            "sro": {"type": ["integer", "null"],
                    "description": "The senior responsible owner: a board member's id."},
            "starts_on": {"type": ["string", "null"], "format": "date"},
            "ends_on": {"type": ["string", "null"], "format": "date",
                        "description": "Not before starts_on."},
            "budget": WHOLE_POUNDS,
            "spend": {**WHOLE_POUNDS, "description": "Whole pounds spent to date."},
            "milestones": {"type": "array", "maxItems": 40,
                           "items": ref("schemas", "PortfolioMilestoneInput"),
                           "description": "In the order of the plan. Problems are named by "
                                          "index, as milestones[2].due_on."}}},
    "PortfolioAssurance": {
        "type": "object",
        "required": ["sro", "starts_on", "ends_on", "budget", "spend", "milestones",
                     "overdue_milestones", "flags"],
        "properties": {
            "sro": {"oneOf": [{"type": "null"}, {
                "type": "object", "required": ["id", "name"],
                "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}}]},
            "starts_on": {"type": ["string", "null"], "format": "date"},
            "ends_on": {"type": ["string", "null"], "format": "date"},
            "budget": WHOLE_POUNDS,
            "spend": WHOLE_POUNDS,
            "milestones": {"type": "array", "items": ref("schemas", "PortfolioMilestone")},
            "overdue_milestones": {"type": "integer", "minimum": 0},
            "flags": {"type": "object", "required": ["over_budget"],
                      "properties": {"over_budget": {
                          "type": "boolean",
                          "description": "Spend to date above the budget; equal is not."}}}}},
    "BenefitInput": {
        "type": "object",
        "required": ["title", "owner", "measure", "baseline", "baseline_on", "target",
                     "target_on"],
        "properties": {
            "title": {"type": "string", "maxLength": 200},
            "owner": {"type": "integer", "description": "A board member's id."},
            "measure": {"type": "string"}, "unit": {"type": "string"},
            "improvement": {"type": "string", "enum": ["up", "down"], "default": "up"},
            "baseline": {"type": "number"},
            "baseline_on": {"type": "string", "format": "date"},
            "target": {"type": "number"},
            "target_on": {"type": "string", "format": "date",
                          "description": "After baseline_on."}}},
    "Benefit": {
        "type": "object",
        "required": ["id", "item", "title", "owner", "measure", "unit", "improvement",
                     "baseline", "baseline_on", "target", "target_on"],
        "properties": {
            "id": {"type": "integer"},
            "item": {"type": "object", "required": ["id", "name"],
                     "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}},
            "title": {"type": "string"},
            "owner": {"type": "object", "required": ["id", "name"],
                      "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}},
            "measure": {"type": "string"}, "unit": {"type": "string"},
            "improvement": {"type": "string", "enum": ["up", "down"]},
            "baseline": {"type": "number"},
            "baseline_on": {"type": "string", "format": "date"},
            "target": {"type": "number"},
            "target_on": {"type": "string", "format": "date"}}},
    "BenefitSeries": {
        "type": "object", "required": ["benefit", "actuals", "chart"],
        "description": "The chart is a service measure's (SpcChart); null below 2 actuals.",
        "properties": {
            "benefit": ref("schemas", "Benefit"),
            "actuals": {"type": "array", "items": {
                "type": "object", "required": ["date", "value"],
                "properties": {"date": {"type": "string", "format": "date"},
                               "value": {"type": "number"}}}},
            "chart": {"type": ["object", "null"]}}},
    "BenefitActuals": {
        "type": "object", "required": ["values"],
        "properties": {"values": {"type": "array", "items": {
            "type": "object", "required": ["date", "value"],
            "properties": {"date": {"type": "string", "format": "date"},
                           "value": {"type": "number"}}}}}},
}


def paths():
    ods = [ref("parameters", "Ods")]
    item = {"name": "item", "in": "path", "required": True,
            "description": "The programme's or project's id.",
            "schema": {"type": "integer", "minimum": 1}}
    benefit = {"name": "benefit", "in": "path", "required": True,
               "description": "The benefit's id.", "schema": {"type": "integer", "minimum": 1}}
    keepers = "The secretary and the executive directors."
    return {
        "/api/v1/orgs/{ods}/portfolio": {"parameters": ods, "get": operation(
            "listPortfolio", "The portfolio",
            "Anyone in the organisation. Programmes, each followed by its projects, then the "
            "projects in no programme.",
            {**ok(200, "Every item.", {"type": "array", "items": ref("schemas", "PortfolioItem")}),
             **errors(*READ)}), "post": operation(
            "addPortfolioItem", "Add a programme or project", keepers,
            {**ok(201, "The item.", ref("schemas", "PortfolioItem")), **errors(*WRITE),
             "409": ref("responses", "Conflict")},
            body="PortfolioItemInput", csrf=True)},
        "/api/v1/orgs/{ods}/portfolio/{item}": {"parameters": ods + [item], "get": operation(
            "getPortfolioItem", "A programme or project", "Anyone in the organisation.",
            {**ok(200, "The item.", ref("schemas", "PortfolioItem")), **errors(*READ)}),
            "put": operation(
            "updatePortfolioItem", "Change a programme or project", keepers,
            {**ok(200, "The item.", ref("schemas", "PortfolioItem")), **errors(*WRITE),
             "409": ref("responses", "Conflict")},
            body="PortfolioItemInput", csrf=True)},
        "/api/v1/orgs/{ods}/portfolio/{item}/ratings": {"parameters": ods + [item],
                                                        "get": operation(
            "listPortfolioRatings", "Delivery confidence, month by month",
            "Anyone in the organisation. Oldest first.",
            {**ok(200, "Every month reported.",
                  {"type": "array", "items": ref("schemas", "PortfolioRating")}),
             **errors(*READ)}), "post": operation(
            "reportPortfolioRating", "Report a month's delivery confidence",
            keepers + " A month already reported is replaced. A proposal has no delivery "
            "confidence until the board approves it (409 at `stage`).",
            {**ok(201, "The rating.", ref("schemas", "PortfolioRating")),
             **errors(*WRITE, 409)},
            body="PortfolioRatingInput", csrf=True)},
        "/api/v1/orgs/{ods}/portfolio/{item}/assurance": {"parameters": ods + [item],
                                                          "get": operation(
            "getPortfolioAssurance", "Owner, dates, budget and milestones",
            "Anyone in the organisation. Whether each milestone is overdue is worked out from "
            "today's date (UTC).",
            {**ok(200, "Its assurance.", ref("schemas", "PortfolioAssurance")),
             **errors(*READ)}), "put": operation(
            "setPortfolioAssurance", "Record the owner, dates, budget and milestones",
            keepers + " The senior responsible owner is a board member of the organisation; "
            "every problem is named at once.",
            {**ok(200, "Its assurance.", ref("schemas", "PortfolioAssurance")),
             **errors(*WRITE)},
            body="PortfolioAssuranceInput", csrf=True)},
        "/api/v1/orgs/{ods}/portfolio/{item}/benefits": {"parameters": ods + [item],
                                                         "get": operation(
            "listBenefits", "A programme's or project's benefits", "Anyone in the organisation.",
            {**ok(200, "Its benefits.", {"type": "array", "items": ref("schemas", "Benefit")}),
             **errors(*READ)}), "post": operation(
            "addBenefit", "Add a benefit",
            keepers + " The owner is a board member; the target's date comes after the "
            "baseline's.",
            {**ok(201, "The benefit.", ref("schemas", "Benefit")), **errors(*WRITE),
             "409": ref("responses", "Conflict")},
            body="BenefitInput", csrf=True)},
        "/api/v1/orgs/{ods}/benefits/{benefit}": {"parameters": ods + [benefit],
                                                  "get": operation(
            "getBenefit", "A benefit with its actuals and their chart",
            "Anyone in the organisation.",
            {**ok(200, "The benefit.", ref("schemas", "BenefitSeries")), **errors(*READ)}),
            "put": operation(
            "updateBenefit", "Change a benefit", keepers,
            {**ok(200, "The benefit.", ref("schemas", "Benefit")), **errors(*WRITE),
             "409": ref("responses", "Conflict")},
            body="BenefitInput", csrf=True)},
        "/api/v1/orgs/{ods}/benefits/{benefit}/actuals": {"parameters": ods + [benefit],
                                                          "post": operation(
            "recordBenefitActuals", "Add or replace actuals at their dates",
            keepers + " All or nothing; each problem is named by its index.",
            {**ok(200, "The benefit.", ref("schemas", "BenefitSeries")), **errors(*WRITE)},
            body="BenefitActuals", csrf=True)},
    }


def main():
    add_to_spec(TAG, DESCRIPTION, SCHEMAS, paths())


if __name__ == "__main__":
    main()
