// heavylegs web page: one question at a time against the stateless HTTP API (/api/v1).
// The page keeps every answer in memory (and in sessionStorage, so a reload resumes) and sends
// them all each turn; the server decides the next question, the red flags and the report.
// Wording that belongs to the knowledge (questions, advice, report text) comes from the API;
// only the words of the page itself (buttons, labels) are written here.
"use strict";

(function () {
  const API = "api/v1/";
  const STORE = "heavylegs.consultation";

  // Words of the page itself, in one place.
  const UI = {
    next: "Next",
    notSure: "Not sure",
    notSureAnswer: "not sure",
    finish: "See the report now",
    why: "Why this question?",
    whyRules: "What it can lead to",
    progress: (n, toGo) => `Question ${n}, about ${toGo} to go`,
    yes: "yes",
    no: "no",
    unitLabel: "Unit",
    redFlag: "Red flag",
    stop: "Stop here and see the report",
    goOn: "Go on",
    change: "change",
    cancelChange: "Keep my answer",
    changing: "Changing an earlier answer",
    howConcluded: "How this was concluded",
    rule: "rule",
    weight: "weight",
    yourAnswer: "your answer",
    forCause: "for",
    noChange: "Nothing would change.",
    gained: "Would appear",
    lost: "Would go away",
    changed: "Would change",
    whatIfInFull: "In full",
    chooseValue: "Choose or type a value first.",
    network: "The server could not be reached. Check the connection and try again.",
  };

  const state = load() || fresh();
  const stepArea = document.getElementById("step");
  const problemLine = document.getElementById("problem");
  let catalogue = []; // every question, for what-if (GET /api/v1/questions)
  let lastResponse = null;

  function fresh() {
    return {
      interviewId: randomId(),
      answers: {}, // question id -> value, as in answer files
      unknown: [], // question ids answered "not sure"
      acknowledged: [], // red flags seen and gone on past
      asked: {}, // question id -> the question as the API gave it (for the answer list)
      order: [], // question ids in the order they were answered
      stopped: false, // the runner chose to see the report
    };
  }

  function randomId() {
    const bytes = new Uint8Array(12);
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  function save() {
    try {
      sessionStorage.setItem(STORE, JSON.stringify(state));
    } catch (e) {
      /* private mode: memory only */
    }
  }

  function load() {
    try {
      const saved = JSON.parse(sessionStorage.getItem(STORE));
      return saved && saved.answers ? saved : null;
    } catch (e) {
      return null;
    }
  }

  // ---- HTTP ------------------------------------------------------------------------------

  async function call(path, body) {
    const init = {
      method: body === undefined ? "GET" : "POST",
      headers: { Accept: "application/json", "X-Interview-Id": state.interviewId },
    };
    if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(API + path, init);
    } catch (e) {
      throw new Problem(UI.network);
    }
    const json = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new Problem(json.detail || json.title || `HTTP ${response.status}`, json);
    }
    return json;
  }

  class Problem extends Error {
    constructor(message, body) {
      super(message);
      this.body = body || {};
    }
  }

  function consultationBody() {
    return {
      answers: state.answers,
      unknown: state.unknown,
      acknowledgedRedFlags: state.acknowledged,
    };
  }

  // ---- the turn ----------------------------------------------------------------------------

  async function turn() {
    // While the server answers, the step's buttons are off: one click, one turn.
    const buttons = Array.from(stepArea.querySelectorAll("button:not([disabled])"));
    buttons.forEach((b) => (b.disabled = true));
    stepArea.setAttribute("aria-busy", "true");
    let response;
    try {
      response = await call("consultations", consultationBody());
    } finally {
      buttons.forEach((b) => (b.disabled = false));
      stepArea.removeAttribute("aria-busy");
    }
    lastResponse = response;
    noticeKbaseChange(response.kbaseVersion);
    save();
    const raised = response.newRedFlags || [];
    if (raised.length > 0) {
      showRedFlags(response, raised);
    } else if (response.nextQuestion && !state.stopped && !response.shouldStop) {
      showQuestion(response.nextQuestion, response.progress);
    } else {
      showReport(response);
    }
    showAnswers();
  }

  /** Says so when the rules changed since the last turn (the server reloaded its knowledge base). */
  function noticeKbaseChange(version) {
    const notice = document.getElementById("kbase-changed");
    if (state.kbaseVersion && version && version !== state.kbaseVersion) notice.hidden = false;
    if (version) state.kbaseVersion = version;
  }

  /** Records an answer (or "not sure") and takes the next turn; a refused answer is undone. */
  async function answer(question, value) {
    const before = snapshot();
    if (value === undefined) {
      delete state.answers[question.id];
      if (!state.unknown.includes(question.id)) state.unknown.push(question.id);
    } else {
      state.unknown = state.unknown.filter((id) => id !== question.id);
      state.answers[question.id] = value;
    }
    state.asked[question.id] = question;
    if (!state.order.includes(question.id)) state.order.push(question.id);
    try {
      hideProblem();
      await turn();
    } catch (e) {
      restore(before);
      save();
      showProblem(e.message);
      throw e;
    }
  }

  function snapshot() {
    return JSON.parse(JSON.stringify(state));
  }

  function restore(copy) {
    Object.keys(state).forEach((k) => delete state[k]);
    Object.assign(state, copy);
  }

  // ---- small DOM helpers -------------------------------------------------------------------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (v === undefined || v === null || v === false) return;
      if (k === "text") node.textContent = v;
      else if (k === "onclick") node.addEventListener("click", v);
      else if (k === "onsubmit") node.addEventListener("submit", v);
      else if (k === "onchange") node.addEventListener("change", v);
      else node.setAttribute(k, v === true ? "" : v);
    });
    children.flat().forEach((c) => {
      if (c === null || c === undefined || c === false) return;
      node.append(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  function replaceStep(...nodes) {
    stepArea.replaceChildren(...nodes);
  }

  function focusHeading(container) {
    const heading = container.querySelector("h2");
    if (heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    }
  }

  function showProblem(message) {
    problemLine.textContent = message;
    problemLine.hidden = false;
  }

  function hideProblem() {
    problemLine.hidden = true;
    problemLine.textContent = "";
  }

  // ---- a question ----------------------------------------------------------------------------

  function isMulti(q) {
    return ["multi-choice", "choices", "multi"].includes(q.type);
  }
  function isBoolean(q) {
    return ["boolean", "yes-no", "yesno"].includes(q.type);
  }
  function isNumber(q) {
    return ["number", "integer"].includes(q.type);
  }

  /**
   * The input for one question, with a read() that gives the value as in an answers file (or
   * throws when nothing is chosen). prefix keeps the ids of two forms on one page apart.
   */
  function answerInput(q, prefix, current) {
    if (isNumber(q)) return numberInput(q, prefix, current);
    const multi = isMulti(q);
    const choices = isBoolean(q)
      ? [
          { id: "true", label: UI.yes },
          { id: "false", label: UI.no },
        ]
      : q.choices || [];
    const chosen = new Set(
      current === undefined ? [] : [].concat(current).map((v) => String(v))
    );
    const list = el("div", { class: "choices" });
    choices.forEach((c, i) => {
      const id = `${prefix}-choice-${i}`;
      list.append(
        el(
          "div",
          { class: "choice" },
          el("input", {
            type: multi ? "checkbox" : "radio",
            name: `${prefix}-choice`,
            id,
            value: c.id,
            checked: chosen.has(String(c.id)),
          }),
          el("label", { for: id, text: c.label || c.id })
        )
      );
    });
    const node = el(
      "fieldset",
      { class: "answer" },
      el("legend", { class: "visually-hidden", text: q.text }),
      list
    );
    node.read = () => {
      const values = Array.from(list.querySelectorAll("input:checked"), (i) => i.value);
      if (multi) return values; // none ticked is an answer: none of these
      if (values.length === 0) throw new Problem(UI.chooseValue);
      return isBoolean(q) ? values[0] === "true" : values[0];
    };
    return node;
  }

  function numberInput(q, prefix, current) {
    const units = [q.unit].concat(q.units || []).filter((u, i, all) => u && all.indexOf(u) === i);
    let value = "";
    let unit = q.unit || "";
    if (typeof current === "number") value = String(current);
    else if (typeof current === "string") {
      const m = current.trim().match(/^(-?[0-9.]+)\s*(.*)$/);
      if (m) {
        value = m[1];
        if (m[2]) unit = m[2];
        if (m[2] && !units.includes(m[2])) units.push(m[2]);
      }
    }
    const inputId = `${prefix}-number`;
    const input = el("input", {
      type: "number",
      id: inputId,
      name: inputId,
      inputmode: q.type === "integer" && units.length <= 1 ? "numeric" : "decimal",
      step: "any",
      min: units.length <= 1 && q.min !== undefined ? q.min : undefined,
      max: units.length <= 1 && q.max !== undefined ? q.max : undefined,
      value,
      required: true,
    });
    const row = el("div", { class: "number-row" });
    let select = null;
    if (units.length > 1) {
      const selectId = `${prefix}-unit`;
      select = el(
        "select",
        { id: selectId, name: selectId },
        units.map((u) => el("option", { value: u, text: u, selected: u === unit }))
      );
      row.append(
        el("label", { for: inputId, class: "visually-hidden", text: q.text }),
        input,
        el("label", { for: selectId, class: "visually-hidden", text: UI.unitLabel }),
        select
      );
    } else {
      row.append(
        el("label", { for: inputId, class: "visually-hidden", text: q.text }),
        input,
        unit ? el("span", { class: "unit", text: unit }) : null
      );
    }
    const node = el("div", { class: "answer" }, row);
    node.read = () => {
      const text = input.value.trim();
      if (text === "" || Number.isNaN(Number(text))) throw new Problem(UI.chooseValue);
      const chosenUnit = select ? select.value : q.unit;
      // The question's own unit goes as a bare number; another unit as "3 weeks", as in files.
      return !chosenUnit || chosenUnit === q.unit ? Number(text) : `${text} ${chosenUnit}`;
    };
    node.focusTarget = input;
    return node;
  }

  function showQuestion(q, progress, changing) {
    const input = answerInput(q, "q", changing ? state.answers[q.id] : undefined);
    const whyId = "why-text";
    // The plain sentence first; the terminal's full text, with the rules, folded under it.
    const why = el(
      "div",
      { id: whyId, class: "why", hidden: true },
      el("p", { text: q.whyShort || q.why || "" }),
      q.whyShort && q.why
        ? el("details", {}, el("summary", { text: UI.whyRules }), el("pre", { text: q.why }))
        : null
    );
    const whyButton = q.why
      ? el("button", {
          type: "button",
          class: "link",
          id: "why-link",
          "aria-expanded": "false",
          "aria-controls": whyId,
          text: UI.why,
          onclick: () => {
            why.hidden = !why.hidden;
            whyButton.setAttribute("aria-expanded", String(!why.hidden));
          },
        })
      : null;
    const form = el(
      "form",
      {
        id: "question-form",
        class: "question",
        "data-question": q.id,
        novalidate: true,
        onsubmit: (e) => {
          e.preventDefault();
          let value;
          try {
            value = input.read();
          } catch (err) {
            showProblem(err.message);
            return;
          }
          answer(q, value).catch(() => {});
        },
      },
      el(
        "p",
        { class: "progress", id: "progress" },
        changing
          ? UI.changing
          : progress
          ? UI.progress(progress.answered + 1, progress.toGo)
          : ""
      ),
      el("h2", { id: "question-heading", text: q.text }),
      q.help ? el("p", { class: "help", text: q.help }) : null,
      whyButton ? el("p", {}, whyButton) : null,
      why,
      input,
      el(
        "p",
        { class: "actions" },
        el("button", { type: "submit", id: "next", text: UI.next }),
        el("button", {
          type: "button",
          id: "not-sure",
          class: "secondary",
          text: UI.notSure,
          onclick: () => answer(q, undefined).catch(() => {}),
        }),
        changing
          ? el("button", {
              type: "button",
              id: "cancel-change",
              class: "secondary",
              text: UI.cancelChange,
              onclick: () => {
                hideProblem();
                turn().catch((e) => showProblem(e.message));
              },
            })
          : state.order.length > 0
          ? el("button", {
              type: "button",
              id: "finish",
              class: "secondary",
              text: UI.finish,
              onclick: () => {
                state.stopped = true;
                turn().catch((e) => showProblem(e.message));
              },
            })
          : null
      )
    );
    replaceStep(form);
    setReportTools(false);
    focusHeading(form);
  }

  // ---- the red-flag screen -----------------------------------------------------------------

  function showRedFlags(response, raised) {
    const flags = (response.redFlags || []).filter((f) => raised.includes(f.id));
    const form = el(
      "form",
      {
        id: "red-flag-screen",
        class: "red-flag-screen",
        onsubmit: (e) => {
          e.preventDefault();
          state.stopped = true;
          // Seen: the report shows it, and the screen does not come back for it.
          raised.forEach((id) => state.acknowledged.includes(id) || state.acknowledged.push(id));
          turn().catch((err) => showProblem(err.message));
        },
      },
      el("p", { class: "progress", text: UI.redFlag }),
      flags.map((f, i) =>
        el(
          "div",
          { class: "red-flag", "data-red-flag": f.id },
          el(i === 0 ? "h2" : "h3", { text: urgencyTitle(f) }),
          f.reason ? el("p", { text: f.reason }) : null,
          el("p", { class: "advice", text: f.advice })
        )
      ),
      el(
        "p",
        { class: "actions" },
        el("button", { type: "submit", id: "stop", text: UI.stop }),
        el("button", {
          type: "button",
          id: "go-on",
          class: "secondary",
          text: UI.goOn,
          onclick: () => {
            raised.forEach((id) => state.acknowledged.includes(id) || state.acknowledged.push(id));
            turn().catch((err) => showProblem(err.message));
          },
        })
      )
    );
    replaceStep(form);
    setReportTools(false);
    // The default button has the focus, so Enter stops, as in the terminal.
    form.querySelector("#stop").focus();
  }

  function urgencyTitle(flag) {
    const urgency = flag.urgency ? capitalise(flag.urgency) + ": " : "";
    return urgency + flag.title;
  }

  function capitalise(word) {
    return word.charAt(0).toUpperCase() + word.slice(1);
  }

  // ---- the report ------------------------------------------------------------------------

  function showReport(response) {
    const report = response.report || {};
    // The report's sections, in order, each with its heading from kbase/report.yaml.
    const sections = report.sections || [];
    const article = el("article", { id: "report", class: "report" });
    const builders = {
      "red-flags": (heading) => redFlagBox(report, heading, "red-flags", true),
      summary: (heading) => summarySection(report, heading),
      causes: (heading) => causesSection(report, heading),
      conditions: (heading) => conditionsSection(report, heading),
      "what-to-do": (heading) => whatToDoSection(report, heading),
      "see-a-doctor": (heading) => doctorSection(report, heading),
      "open-questions": (heading) => openQuestionsSection(report, heading),
      note: (heading) =>
        el(
          "section",
          { id: "note", class: "note" },
          el("h2", { text: heading }),
          el("p", { text: report.disclaimer || "" })
        ),
      "red-flag-reminder": (heading) =>
        redFlagBox(report, heading, "red-flag-reminder", false),
    };
    sections.forEach((section) => {
      const build = builders[section.id];
      const node = build ? build(section.heading) : null;
      if (node) article.append(node);
    });
    replaceStep(article);
    setReportTools(true);
    focusHeading(article);
  }

  function redFlags(report) {
    return (report.referrals || []).filter((r) => r.redFlag);
  }

  function redFlagBox(report, heading, id, full) {
    const flags = redFlags(report);
    if (flags.length === 0 && report.redFlagsChecked === false) {
      return el(
        "section",
        { class: "red-flag not-checked", id },
        el("h2", { text: heading }),
        el("p", { text: report.redFlagsNotChecked || "" })
      );
    }
    if (flags.length === 0) return null;
    return el(
      "section",
      { class: "red-flag", id },
      el("h2", { text: heading }),
      flags.map((f) =>
        el(
          "div",
          { class: "flag", "data-red-flag": f.id },
          el("h3", { text: urgencyTitle(f) }),
          full && f.reason ? el("p", { text: f.reason }) : null,
          el("p", { class: "advice", text: f.advice }),
          full ? folded(f.explanation) : null
        )
      )
    );
  }

  function summarySection(report, heading) {
    const s = report.summary || {};
    const lines = [].concat(s.redFlags || [], s.causes || [], s.firstSteps || [], s.openQuestions || []);
    return el(
      "section",
      { id: "summary", class: "summary" },
      el("h2", { text: heading }),
      el("ul", {}, lines.filter(Boolean).map((line) => el("li", { text: line })))
    );
  }

  function causesSection(report, heading) {
    const causes = report.causes || [];
    if (causes.length === 0) {
      return el(
        "section",
        { id: "causes", class: "no-cause" },
        el("h2", { text: heading }),
        el("p", { text: report.noCauseAdvice || (report.summary || {}).causes || "" })
      );
    }
    return el(
      "section",
      { id: "causes" },
      el("h2", { text: heading }),
      el(
        "ol",
        { class: "causes" },
        causes.map((c) =>
          el(
            "li",
            { class: "cause", "data-cause": c.id },
            el("h3", { text: c.title }),
            el("p", { class: "because", text: c.because || "" }),
            c.description ? el("p", { class: "description", text: c.description }) : null,
            folded(c.explanation)
          )
        )
      )
    );
  }

  function conditionsSection(report, heading) {
    const conditions = report.conditions || [];
    if (conditions.length === 0) return null;
    return el(
      "section",
      { id: "conditions" },
      el("h2", { text: heading }),
      el(
        "ul",
        { class: "conditions" },
        conditions.map((c) =>
          el(
            "li",
            { "data-condition": c.id },
            el("strong", { text: c.title }),
            c.description ? el("p", { text: c.description }) : null,
            folded(c.explanation)
          )
        )
      )
    );
  }

  function whatToDoSection(report, heading) {
    const recs = report.recommendations || [];
    if (recs.length === 0) return null;
    const titles = {};
    (report.causes || []).forEach((c) => (titles[c.id] = c.title));
    (report.conditions || []).forEach((c) => (titles[c.id] = titles[c.id] || c.title));
    return el(
      "section",
      { id: "what-to-do" },
      el("h2", { text: heading }),
      report.adviceAfterRedFlag ? el("p", { class: "caveat", text: report.adviceAfterRedFlag }) : null,
      el(
        "ul",
        { class: "recommendations" },
        recs.map((r) =>
          el(
            "li",
            { "data-recommendation": r.id },
            el("strong", { text: r.title }),
            " ",
            r.text,
            r.for && r.for.length
              ? el("span", {
                  class: "for",
                  text: ` (${UI.forCause} ${r.for.map((id) => titles[id] || id).join(", ")})`,
                })
              : null
          )
        )
      )
    );
  }

  function doctorSection(report, heading) {
    const others = (report.referrals || []).filter((r) => !r.redFlag);
    if (others.length === 0) return null;
    return el(
      "section",
      { id: "see-a-doctor" },
      el("h2", { text: heading }),
      others.map((r) =>
        el(
          "div",
          { "data-referral": r.id },
          el("h3", { text: r.title }),
          r.reason ? el("p", { text: r.reason }) : null,
          el("p", { class: "advice", text: r.advice }),
          folded(r.explanation)
        )
      )
    );
  }

  function openQuestionsSection(report, heading) {
    const open = report.unanswered || [];
    if (open.length === 0) return null;
    return el(
      "section",
      { id: "open-questions" },
      el("h2", { text: heading }),
      el(
        "ul",
        {},
        open.map((q) =>
          el(
            "li",
            { "data-question": q.question },
            q.prompt,
            q.couldLeadTo && q.couldLeadTo.length
              ? el("span", { class: "for", text: ` (${q.couldLeadTo.join(", ")})` })
              : null
          )
        )
      )
    );
  }

  /** A conclusion's derivation, folded: rules, the conclusions they used, down to the answers. */
  function folded(explanation) {
    if (!explanation || explanation.length === 0) return null;
    return el(
      "details",
      { class: "explanation" },
      el("summary", { text: UI.howConcluded }),
      derivation(explanation)
    );
  }

  function derivation(reasons) {
    return el(
      "ul",
      { class: "derivation" },
      reasons.map((reason) => {
        const rule = reason.rule || {};
        const where = rule.file ? `${rule.file}${rule.line ? ":" + rule.line : rule.row ? ", row " + rule.row : ""}` : "";
        return el(
          "li",
          { class: "reason" },
          el(
            "span",
            { class: "rule" },
            rule.name || rule.id,
            el("span", {
              class: "rule-id",
              text: ` (${UI.rule} ${rule.id}${where ? ", " + where : ""}${
                reason.weight !== undefined ? ", " + UI.weight + " " + reason.weight : ""
              })`,
            })
          ),
          el(
            "ul",
            { class: "premises" },
            (reason.because || []).map((premise) => {
              if (premise.question !== undefined) {
                return el(
                  "li",
                  { class: "answer-premise", "data-question": premise.question },
                  `${UI.yourAnswer}: `,
                  el("strong", { text: premise.shown !== undefined ? premise.shown : String(premise.value) }),
                  el("span", { class: "rule-id", text: ` (${premise.question})` })
                );
              }
              return el(
                "li",
                { class: "conclusion-premise" },
                el("strong", { text: premise.title }),
                premise.explanation ? derivation(premise.explanation) : null
              );
            })
          )
        );
      })
    );
  }

  // ---- answers given, change ---------------------------------------------------------------

  function shownValue(q, value) {
    if (value === undefined) return UI.notSureAnswer;
    if (typeof value === "boolean") return value ? UI.yes : UI.no;
    const label = (id) => {
      const c = (q && q.choices ? q.choices : []).find((x) => String(x.id) === String(id));
      return c ? c.label || c.id : String(id);
    };
    if (Array.isArray(value)) return value.length ? value.map(label).join("; ") : "—";
    if (typeof value === "number") return q && q.unit ? `${value} ${q.unit}` : String(value);
    return label(value);
  }

  function showAnswers() {
    const section = document.getElementById("answers");
    const list = document.getElementById("answer-list");
    const ids = state.order.filter((id) => id in state.answers || state.unknown.includes(id));
    section.hidden = ids.length === 0;
    list.replaceChildren(
      ...ids.map((id) => {
        const q = state.asked[id] || catalogue.find((x) => x.id === id) || { id, text: id };
        return el(
          "li",
          { "data-question": id },
          el("span", { class: "asked", text: q.text }),
          " ",
          el("strong", { class: "given", text: shownValue(q, state.answers[id]) }),
          " ",
          el("button", {
            type: "button",
            class: "link change",
            "aria-label": `${UI.change}: ${q.text}`,
            text: UI.change,
            onclick: () => {
              hideProblem();
              showQuestion(q, null, true);
            },
          })
        );
      })
    );
  }

  // ---- what if -------------------------------------------------------------------------------

  let whatIfInput = null;

  function setReportTools(onReport) {
    document.getElementById("what-if").hidden = !onReport || catalogue.length === 0;
    document.getElementById("restart-line").hidden = !onReport && state.order.length === 0;
    document.getElementById("print").hidden = !onReport;
    if (onReport) fillWhatIfQuestions();
  }

  function fillWhatIfQuestions() {
    const select = document.getElementById("what-if-question");
    const previous = select.value;
    // Answered questions first: the usual "what if I had said..." question.
    const answered = catalogue.filter((q) => q.id in state.answers || state.unknown.includes(q.id));
    const others = catalogue.filter((q) => !answered.includes(q));
    select.replaceChildren(
      ...answered.concat(others).map((q) => el("option", { value: q.id, text: q.text }))
    );
    if (previous && catalogue.some((q) => q.id === previous)) select.value = previous;
    showWhatIfValue();
  }

  function showWhatIfValue() {
    const id = document.getElementById("what-if-question").value;
    const q = catalogue.find((x) => x.id === id);
    const holder = document.getElementById("what-if-value");
    if (!q) {
      holder.replaceChildren();
      whatIfInput = null;
      return;
    }
    whatIfInput = answerInput(q, "what-if", state.answers[q.id]);
    holder.replaceChildren(whatIfInput);
  }

  async function runWhatIf(e) {
    e.preventDefault();
    const result = document.getElementById("what-if-result");
    const id = document.getElementById("what-if-question").value;
    let value;
    try {
      value = whatIfInput.read();
    } catch (err) {
      result.replaceChildren(el("p", { class: "problem", text: err.message }));
      return;
    }
    try {
      const response = await call("what-if", {
        answers: state.answers,
        unknown: state.unknown,
        changes: { [id]: value },
      });
      result.replaceChildren(whatIfOutcome(response));
    } catch (err) {
      result.replaceChildren(el("p", { class: "problem", role: "alert", text: err.message }));
    }
  }

  /** What would change: the API's lists (gained, lost, changed), its full text folded below. */
  function whatIfOutcome(response) {
    const line = (item) => {
      if (typeof item === "string") return item;
      const what = item.title || item.id || "";
      const kind = item.kind ? `${item.kind}: ` : "";
      return kind + what + (item.detail ? ` (${item.detail})` : "");
    };
    const list = (heading, items) =>
      items && items.length
        ? el(
            "div",
            {},
            el("h3", { text: heading }),
            el("ul", {}, items.map((item) => el("li", { text: line(item) })))
          )
        : null;
    const lists = [
      list(UI.gained, response.gained),
      list(UI.lost, response.lost),
      list(UI.changed, response.changed),
    ].filter(Boolean);
    return el(
      "div",
      { class: "what-if-outcome", id: "what-if-outcome" },
      lists.length ? lists : el("p", { text: UI.noChange }),
      response.text
        ? el(
            "details",
            {},
            el("summary", { text: UI.whatIfInFull }),
            el("p", { class: "what-if-text", text: response.text })
          )
        : null
    );
  }

  // ---- start ---------------------------------------------------------------------------------

  function restart() {
    sessionStorage.removeItem(STORE);
    restore(fresh());
    document.getElementById("what-if-result").replaceChildren();
    document.getElementById("kbase-changed").hidden = true;
    hideProblem();
    turn().catch((e) => showProblem(e.message));
  }

  // Folded explanations print unfolded, and come back folded after printing.
  let foldedBeforePrint = [];
  window.addEventListener("beforeprint", () => {
    foldedBeforePrint = Array.from(document.querySelectorAll("details:not([open])"));
    foldedBeforePrint.forEach((d) => (d.open = true));
  });
  window.addEventListener("afterprint", () => foldedBeforePrint.forEach((d) => (d.open = false)));

  document.getElementById("what-if-form").addEventListener("submit", runWhatIf);
  document.getElementById("what-if-question").addEventListener("change", showWhatIfValue);
  document.getElementById("restart").addEventListener("click", restart);
  document.getElementById("print").addEventListener("click", () => window.print());

  call("questions")
    .then((r) => (catalogue = r.questions || []))
    .catch(() => (catalogue = []))
    .then(() => turn())
    .catch((e) => {
      replaceStep();
      showProblem(e.message);
    });
})();
