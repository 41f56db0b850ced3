"""The parameter explorer, as a reader uses it: slider, keyboard, ticks, screen readers, no JS.

Every activation with an explored parameter is visited in both languages on a phone-sized
screen.  The ticks must sit at the defaults that the catalogue records for the frameworks (an
independent statement of the same facts), and moving the slider must redraw both curves and
announce the new value.
"""

from __future__ import annotations

import pytest

from activations import catalog

from .conftest import LANGUAGES

PHONE = {"width": 390, "height": 844}
EXPLORED = {
    name: [p for p in record.params if p.explore is not None]
    for name, record in catalog.items()
    if any(p.explore is not None for p in record.params)
}

STATE = """(figure) => ({
  f: figure.querySelector('.explorer-plot path.explorer-f').getAttribute('d'),
  d: figure.querySelector('.explorer-plot path.explorer-d').getAttribute('d'),
  output: figure.querySelector('output').textContent,
  valuetext: figure.querySelector('input[type=range]').getAttribute('aria-valuetext'),
  label: figure.querySelector('label').textContent,
  ready: figure.classList.contains('explorer-ready'),
  controlsShown: getComputedStyle(figure.querySelector('.explorer-controls')).display !== 'none',
  ticks: [...figure.querySelectorAll('datalist option')].map((o) => o.label),
})"""

AXE_ON_EXPLORERS = """async () => {
  const result = await axe.run('figure.explorer', {resultTypes: ['violations']});
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes[0].target.join(' ')}`);
}"""


def framework_defaults(record, param) -> set[float]:
    """The values of ``param`` that the frameworks' calls use by default, per the catalogue."""
    return {
        float(spec.defaults[param.name])
        for framework in record.frameworks.values()
        for spec in (framework, *framework.also)
        if spec.name is not None and param.name in spec.defaults
    }


def number(label: str) -> float:
    return float(label.replace("\u2212", "-"))


def test_explored_parameters_exist():
    """leaky_relu's slope and softplus's beta among them: the explorer is not silently gone."""
    assert {"leaky_relu", "softplus", "elu", "celu"} <= set(EXPLORED)


@pytest.mark.parametrize("language", LANGUAGES)
def test_slider_redraws_and_announces(language, site_url, browser, axe_source):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    problems: list[str] = []
    for name, params in EXPLORED.items():
        page.goto(f"{site_url}/{language}/auto_examples/plot_{name}.html", wait_until="load")
        figures = page.query_selector_all("figure.explorer")
        if len(figures) != len(params):
            problems.append(f"{name}: {len(figures)} explorers for {len(params)} parameters")
            continue
        for figure, param in zip(figures, params, strict=True):
            where = f"{language} {name}.{param.name}"
            before = figure.evaluate(STATE)
            if not before["ready"] or not before["controlsShown"]:
                problems.append(f"{where}: the controls are not shown")
            if param.name not in before["label"]:
                problems.append(f"{where}: the slider's label {before['label']!r} lacks the name")
            ticks = {number(t) for t in before["ticks"]}
            expected = framework_defaults(catalog[name], param)
            # a tick sits on the slider's position nearest to the default
            half_step = param.explore[2] / 2
            if any(min(abs(t - v) for t in ticks) > half_step for v in expected) or (
                expected and len(ticks) > len(expected)
            ):
                problems.append(f"{where}: ticks {sorted(ticks)}, framework defaults {expected}")
            slider = figure.query_selector("input[type=range]")
            slider.focus()
            for key in ("End", "Home", "ArrowRight"):
                page.keyboard.press(key)
                after = figure.evaluate(STATE)
                if after["f"] == before["f"] and after["d"] == before["d"]:
                    problems.append(f"{where}: {key} did not redraw the curves")
                if after["output"] == before["output"] or after["valuetext"] != after["output"]:
                    problems.append(f"{where}: {key} shows {after['output']!r}")
                before = after
    page.add_script_tag(content=axe_source)
    problems += [f"axe: {v}" for v in page.evaluate(AXE_ON_EXPLORERS)]
    context.close()
    assert not errors, errors
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_explorer_without_javascript_shows_the_figure(scheme, site_url, browser):
    """No script: the default curves are drawn and no dead slider is offered."""
    context = browser.new_context(java_script_enabled=False, color_scheme=scheme, viewport=PHONE)
    page = context.new_page()
    page.goto(f"{site_url}/en/auto_examples/plot_leaky_relu.html", wait_until="load")
    state = page.eval_on_selector("figure.explorer", STATE)
    box = page.eval_on_selector(
        "figure.explorer svg",
        "s => { const r = s.getBoundingClientRect(); return [r.width, r.height]; }",
    )
    context.close()
    assert state["f"] and state["d"], "no curves drawn without JavaScript"
    assert not state["controlsShown"], "a slider that cannot work is shown without JavaScript"
    assert box[0] > 300 and box[1] > 150, f"the static figure is {box} px"


# Per tick: its text, the box around its lines, its slider position and the box of its value.
TICK_BOXES = """(figure) => {
  const box = (e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  const union = (boxes) => [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])),
                            Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
  return {
    figure: box(figure),
    ticks: [...figure.querySelectorAll('.explorer-tick')].map((t) => [
      t.textContent, union([...t.children].map(box)), box(t)[0], box(t.children[0])]),
  };
}"""


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("language", LANGUAGES)
def test_tick_labels_fit_and_do_not_overlap(language, width, site_url, browser):
    """Every label of a framework default lies inside its figure and the screen, apart from the
    others, and its value stands over its tick."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    for name in EXPLORED:
        page.goto(f"{site_url}/{language}/auto_examples/plot_{name}.html", wait_until="load")
        for k, figure in enumerate(page.query_selector_all("figure.explorer")):
            boxes = figure.evaluate(TICK_BOXES)
            left, top, right, bottom = boxes["figure"]
            labels = [(text, tick) for text, tick, _, _ in boxes["ticks"]]
            for text, tick in labels:
                inside = left - 0.5 <= tick[0] and tick[2] <= min(right, width) + 0.5
                if not (inside and top <= tick[1] and tick[3] <= bottom):
                    problems.append(f"{name} #{k}: {text!r} at {tick} leaves {boxes['figure']}")
            for text, _, at, value in boxes["ticks"]:
                if not value[0] - 0.5 <= at <= value[2] + 0.5:
                    problems.append(f"{name} #{k}: the value of {text!r} misses its tick at {at}")
            for i, (a, p) in enumerate(labels):
                for b, q in labels[i + 1 :]:
                    if p[0] < q[2] and q[0] < p[2] and p[1] < q[3] and q[1] < p[3]:
                        problems.append(f"{name} #{k}: {a!r} overlaps {b!r}")
    context.close()
    assert not problems, "\n".join(problems)
