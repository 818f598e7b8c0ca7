#!/usr/bin/env python3
"""Adds the risk register API (features/risks/api.cpp) to docs/openapi.json. Idempotent: run
it again after a merge and it puts the same entries back. Keeps the file's style: indent 2,
UTF-8 as it is, a trailing newline."""

from openapi_parts import add_to_spec, errors, ok, ref, operations

READ = (400, 401, 403, 404, 500, 503)
WRITE = (400, 401, 403, 404, 409, 413, 500, 503)
TAG = "Risks"
operation = operations(TAG)
DESCRIPTION = ("Digital risks on the Board Assurance Framework: 5x5 scores, risk appetite, "
               "reviews and actions.")
KEEPER = ("The secretary, an admin, or an executive director on the board (403 for anyone "
          "else).")
CATEGORIES = ["cyber_security", "information_governance", "clinical_safety",
              "service_continuity", "finance", "workforce", "delivery", "compliance"]
LEVEL = {"type": "integer", "minimum": 1, "maximum": 5}
COLUMNS = ("title,objective,cause,effect,owner,committee,category,inherent_likelihood,"
           "inherent_consequence,current_likelihood,current_consequence,target_likelihood,"
           "target_consequence,controls,control_gaps,assurance_first,assurance_second,"
           "assurance_third,assurance_gaps,review_on,blocks_proposal,actions")

NAMED = {"type": "object", "required": ["id", "name"],
         "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}}
SCHEMAS = {
    "RiskCategory": {"type": "string", "enum": CATEGORIES},
    "RiskRating": {
        "type": "object", "required": ["likelihood", "consequence"],
        "description": "On the 5x5 matrix: likelihood 1 rare to 5 almost certain, consequence "
                       "1 negligible to 5 catastrophic. The score is their product; bands 1-3 "
                       "low, 4-6 moderate, 8-12 high, 15-25 extreme.",
        "properties": {"likelihood": LEVEL, "consequence": LEVEL,
                       "score": {"type": "integer", "minimum": 1, "maximum": 25,
                                 "readOnly": True},
                       "band": {"type": "string", "enum": ["low", "moderate", "high", "extreme"],
                                "readOnly": True}}},
    "RiskAppetite": {
        "type": "object", "required": ["category", "level", "max_score"],
        "properties": {"category": ref("schemas", "RiskCategory"),
                       "level": {"type": "string",
                                 "enum": ["averse", "minimal", "cautious", "open", "seek"]},
                       "max_score": {"type": "integer", "minimum": 1, "maximum": 25,
                                     "description": "The highest current score tolerated."}}},
    "RiskAction": {
        "type": "object", "required": ["id", "title", "owner", "due_on", "status", "overdue"],
        "properties": {"id": {"type": "integer"}, "title": {"type": "string"},
                       "owner": {"type": "object", "properties": {
                           "id": {"type": "integer"}, "name": {"type": "string"}}},
                       "due_on": {"type": "string", "format": "date"},
                       "status": {"type": "string", "enum": ["open", "done"]},
                       "overdue": {"type": "boolean"}}},
    "RiskActionInput": {
        "type": "object", "required": ["title", "owner", "due_on"],
        "properties": {"title": {"type": "string", "maxLength": 400},
                       "owner": {"type": "integer", "description": "A board member's id."},
                       "due_on": {"type": "string", "format": "date"}}},
    "RiskActionStatus": {
        "type": "object", "required": ["status"],
        "properties": {"status": {"type": "string", "enum": ["open", "done"]}}},
    "RiskReview": {
        "type": "object", "required": ["id", "current", "note", "reviewed_by", "reviewed_at"],
        "properties": {"id": {"type": "integer"}, "current": ref("schemas", "RiskRating"),
                       "note": {"type": "string"},
                       "reviewed_by": {"type": ["string", "null"]},
                       "reviewed_at": {"type": "string", "format": "date-time"}}},
    "RiskReviewInput": {
        "type": "object",
        "properties": {"note": {"type": "string", "maxLength": 2000},
                       "next_review_on": {"type": "string", "format": "date",
                                          "description": "Today or later; empty keeps the "
                                                         "risk's review date."}}},
    "RiskInput": {
        "type": "object",
        "required": ["title", "objective", "owner", "category", "scores", "review_on"],
        "description": "Every problem is reported at once in `errors`, each naming its field "
                       "(title, owner, inherent_likelihood, target_likelihood, review_on...). "
                       "The target score may not be above the current score.",
        "properties": {
            "title": {"type": "string", "maxLength": 200},
            "objective": {"type": "string", "maxLength": 400,
                          "description": "The strategic objective the risk threatens."},
            "cause": {"type": "string"}, "effect": {"type": "string"},
            "owner": {"type": "integer", "description": "A board member's id."},
            "committee": {"type": "string", "description": "The lead committee."},
            "category": ref("schemas", "RiskCategory"),
            "scores": {"type": "object", "required": ["inherent", "current", "target"],
                       "properties": {"inherent": ref("schemas", "RiskRating"),
                                      "current": ref("schemas", "RiskRating"),
                                      "target": ref("schemas", "RiskRating")}},
            "controls": {"type": "string"}, "control_gaps": {"type": "string"},
            "assurance": {"type": "object", "properties": {
                "first_line": {"type": "string", "description": "Management."},
                "second_line": {"type": "string",
                                "description": "Board committee or oversight."},
                "third_line": {"type": "string",
                               "description": "Independent, such as internal audit."},
                "gaps": {"type": "string", "description": "Gaps in assurance."}}},
            "review_on": {"type": "string", "format": "date"},
            "blocks_proposal": {
                "type": ["integer", "null"],
                "description": "For the risk of not acting: the id of the portfolio item (a "
                               "proposal the board has yet to approve) that not going ahead "
                               "with would leave this risk in place. Any item of the "
                               "organisation's portfolio is taken, so that a register whose "
                               "proposals were since approved imports back."}}},
    "Risk": {
        "type": "object",
        "description": "The risk as recorded: RiskInput's fields, with the owner and the "
                       "proposal named, and what the register works out.",
        "required": ["id", "title", "objective", "owner", "category", "scores", "review_on",
                     "blocks_proposal", "review_overdue", "appetite", "above_appetite",
                     "movement", "last_review", "actions", "overdue", "updated_at"],
        "properties": {
            "id": {"type": "integer"},
            "owner": NAMED,
            "blocks_proposal": {"oneOf": [NAMED, {"type": "null"}]},
            "review_overdue": {"type": "boolean"},
            "appetite": {"oneOf": [ref("schemas", "RiskAppetite"), {"type": "null"}]},
            "above_appetite": {"type": "boolean"},
            "movement": {"type": "string", "enum": ["new", "up", "down", "unchanged"],
                         "description": "The current score against the one recorded at "
                                        "the last review; new when there is none."},
            "last_review": {"oneOf": [ref("schemas", "RiskReview"), {"type": "null"}]},
            "actions": {"type": "array", "items": ref("schemas", "RiskAction")},
            "overdue": {"type": "boolean",
                        "description": "The review or an open action is past its date."},
            "updated_at": {"type": "string", "format": "date-time"}}},
    "RiskHeatMap": {
        "type": "object", "required": ["score", "cells"],
        "properties": {"score": {"type": "string", "enum": ["inherent", "current", "target"]},
                       "cells": {"type": "array", "items": {
                           "type": "object",
                           "properties": {"likelihood": LEVEL, "consequence": LEVEL,
                                          "score": {"type": "integer"},
                                          "band": {"type": "string"},
                                          "count": {"type": "integer", "minimum": 0}}}}}},
}


# A risk carries every field of its input; the owner and the proposal come back named.
SCHEMAS["Risk"]["properties"] = {**SCHEMAS["RiskInput"]["properties"],
                                 **SCHEMAS["Risk"]["properties"]}


def paths():
    ods = [ref("parameters", "Ods")]
    risk = {"name": "risk", "in": "path", "required": True, "description": "The risk's id.",
            "schema": {"type": "integer", "minimum": 1}}
    action = {"name": "action", "in": "path", "required": True,
              "description": "The action's id.", "schema": {"type": "integer", "minimum": 1}}
    one = ok(200, "The risk.", ref("schemas", "Risk"))
    csv_import = operation(
        "importRisks", "Import the whole risk register from CSV",
        KEEPER + " The body is CSV with the header " + COLUMNS + " (as the export has it). "
        "Each line adds a risk or updates the one with its title and replaces its actions; "
        "owners are board members' names; a risk's actions share one cell, one a line: due "
        "date | owner | open or done | title. All or nothing: each problem is in `errors`, at "
        "body:line:column.",
        {**ok(200, "Done.", ref("schemas", "ImportSummary")), **errors(*WRITE)}, csrf=True)
    csv_import["requestBody"] = {"required": True,
                                 "content": {"text/csv": {"schema": {"type": "string"}}}}
    return {
        "/api/v1/orgs/{ods}/risks": {"parameters": ods, "get": operation(
            "listRisks", "The digital risk register",
            "Anyone in the organisation. Highest current score first.",
            {**ok(200, "Every risk.", {"type": "array", "items": ref("schemas", "Risk")}),
             **errors(*READ)}), "post": operation(
            "addRisk", "Add a risk", KEEPER,
            {**ok(201, "The risk.", ref("schemas", "Risk")), **errors(*WRITE)},
            body="RiskInput", csrf=True)},
        "/api/v1/orgs/{ods}/risks/import": {"parameters": ods, "post": csv_import},
        "/api/v1/orgs/{ods}/risks/export": {"parameters": ods, "get": operation(
            "exportRisks", "The whole risk register as CSV",
            "Anyone in the organisation. The file the import takes back.",
            {"200": {"description": "The register.",
                     "content": {"text/csv": {"schema": {"type": "string"}}}},
             **errors(*READ)})},
        "/api/v1/orgs/{ods}/risks/heat-map": {"parameters": ods, "get": operation(
            "getRiskHeatMap", "How many risks sit in each cell of the 5x5 matrix",
            "Anyone in the organisation.",
            {**ok(200, "The 25 cells.", ref("schemas", "RiskHeatMap")), **errors(*READ)},
            params=[{"name": "score", "in": "query", "required": False,
                     "schema": {"type": "string", "enum": ["inherent", "current", "target"],
                                "default": "current"}}])},
        "/api/v1/orgs/{ods}/risk-appetite": {"parameters": ods, "get": operation(
            "listRiskAppetite", "The risk appetite by category", "Anyone in the organisation.",
            {**ok(200, "The categories with an appetite set.",
                  {"type": "array", "items": ref("schemas", "RiskAppetite")}),
             **errors(*READ)}), "put": operation(
            "setRiskAppetite", "Set the appetite for one category", KEEPER,
            {**ok(200, "The appetite.", ref("schemas", "RiskAppetite")), **errors(*WRITE)},
            body="RiskAppetite", csrf=True)},
        "/api/v1/orgs/{ods}/risks/{risk}": {"parameters": ods + [risk], "get": operation(
            "getRisk", "One risk", "Anyone in the organisation.",
            {**one, **errors(*READ)}), "put": operation(
            "updateRisk", "Change a risk",
            KEEPER + " Its actions and reviews stay as they are.",
            {**one, **errors(*WRITE)}, body="RiskInput", csrf=True)},
        "/api/v1/orgs/{ods}/risks/{risk}/actions": {"parameters": ods + [risk], "post": operation(
            "addRiskAction", "Add an action agreed for a risk", KEEPER,
            {**ok(201, "The action.", ref("schemas", "RiskAction")), **errors(*WRITE)},
            body="RiskActionInput", csrf=True)},
        "/api/v1/orgs/{ods}/risks/{risk}/actions/{action}": {
            "parameters": ods + [risk, action], "put": operation(
                "setRiskActionStatus", "Mark a risk's action open or done", KEEPER,
                {**one, **errors(*WRITE)}, body="RiskActionStatus", csrf=True)},
        "/api/v1/orgs/{ods}/risks/{risk}/reviews": {"parameters": ods + [risk], "get": operation(
            "listRiskReviews", "A risk's reviews, newest first", "Anyone in the organisation.",
            {**ok(200, "Every review.", {"type": "array", "items": ref("schemas", "RiskReview")}),
             **errors(*READ)}), "post": operation(
            "recordRiskReview", "Record a review",
            KEEPER + " Stores the current likelihood and consequence with who and when; "
            "movement on the register is measured from the latest review.",
            {**ok(201, "The review.", ref("schemas", "RiskReview")), **errors(*WRITE)},
            body="RiskReviewInput", csrf=True)},
    }


def main():
    add_to_spec(TAG, DESCRIPTION, SCHEMAS, paths())


if __name__ == "__main__":
    main()
