/*
 * In-page instrumentation for the benchmark (scripts/bench.ts), injected with addInitScript
 * before the app's own scripts run. Plain JavaScript on purpose: tsx compiles functions with
 * esbuild's keepNames, whose __name() helper does not exist in the page, so the benchmark cannot
 * pass compiled functions with inner named functions to the browser. The API is typed in
 * scripts/bench/page-api.ts.
 *
 * Times are performance.now(): milliseconds since navigation start. A "frame" is recorded
 * twice: `raf`, at the first requestAnimationFrame after the DOM change (the frame that will
 * paint it, before its style, layout and paint), and `painted`, at the first task after that
 * frame (so after its style, layout and paint have run).
 */
;(() => {
  const state = {
    /** The first frame after the first quote (a `figure` inside `main`) entered the DOM. */
    firstQuote: null,
    /** When the browser painted the first quote's text (Element Timing's renderTime). */
    quotePainted: null,
    waitingForFrame: false,
    /** When the last `input` event was dispatched (capture phase, before the app sees it). */
    lastInput: null,
    longTasks: [],
    longFrames: [],
    /** The result-count status element, once found. */
    status: null,
    /** The armed count change: its timestamps, filled in as they happen. */
    timing: null,
    /** When the app took the page over: its first commit, the end of hydration. */
    takenOver: null,
    /** The watched count (watchCount): the text, then the frame after it first showed. */
    watched: null,
    countShown: null,
  }

  // The app marks #root in its first commit (src/app/taken-over.ts; page-api.ts passes the
  // attribute's name). The observer sees the mark when that commit's task ends: React's
  // scheduler yields to the browser once it has worked 5 ms, and hydrating takes longer.
  const takenOver = new MutationObserver(() => {
    if (!document.getElementById('root')?.hasAttribute(window.__benchTakenOverAttribute)) return
    state.takenOver = performance.now()
    takenOver.disconnect()
  })
  takenOver.observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: [window.__benchTakenOverAttribute],
  })

  const afterFrame = (done) => {
    requestAnimationFrame(() => {
      const raf = performance.now()
      const channel = new MessageChannel()
      channel.port1.onmessage = () => done({ raf, painted: performance.now() })
      channel.port2.postMessage(null)
    })
  }

  const observers = []
  const observe = (type, into) => {
    const record = (entries) => {
      for (const entry of entries) into.push({ start: entry.startTime, duration: entry.duration })
    }
    try {
      const observer = new PerformanceObserver((list) => record(list.getEntries()))
      observer.observe({ type, buffered: true })
      // Entries reach the callback a while after their task: flush() collects those queued.
      observers.push(() => record(observer.takeRecords()))
    } catch {
      // This browser does not report this entry type: the benchmark reports 0.
    }
  }
  observe('longtask', state.longTasks)
  observe('long-animation-frame', state.longFrames)

  const longest = (entries, from, to) => {
    for (const flush of observers) flush()
    return entries
      .filter((entry) => entry.start + entry.duration > from && entry.start < to)
      .reduce((max, entry) => Math.max(max, entry.duration), 0)
  }

  addEventListener('input', () => (state.lastInput = performance.now()), true)

  // Quotes' texts are marked for the Element Timing API as soon as they are in the DOM (before
  // any frame can paint them), so the browser reports when it actually painted the first one it
  // showed: the first in the DOM may be out of sight (in a closed <details>).
  const ELEMENT_ID = 'bench-quote'
  const QUOTE_TEXT = 'main figure blockquote:not([elementtiming])'
  const markQuotes = () => {
    for (const quote of document.querySelectorAll(QUOTE_TEXT)) {
      quote.setAttribute('elementtiming', ELEMENT_ID)
      for (const part of quote.querySelectorAll('*')) part.setAttribute('elementtiming', ELEMENT_ID)
    }
  }
  const firstQuote = new MutationObserver(() => {
    if (state.quotePainted !== null) return firstQuote.disconnect()
    markQuotes()
    if (
      state.firstQuote === null &&
      !state.waitingForFrame &&
      document.querySelector('main figure')
    ) {
      state.waitingForFrame = true
      afterFrame((frame) => (state.firstQuote = frame))
    }
  })
  firstQuote.observe(document, { childList: true, subtree: true })
  try {
    const elements = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.identifier === ELEMENT_ID && state.quotePainted === null) {
          state.quotePainted = entry.renderTime || entry.loadTime
        }
      }
    })
    elements.observe({ type: 'element', buffered: true })
  } catch {
    // No Element Timing here: only the frame-based time is reported.
  }

  // "5 quotes", "12 quotes of 50,000", "1 quote of 5", each maybe with " · showing 1–50" after it:
  // the benchmark compares the count, the part before the first " · ".
  const RESULT_COUNT = /^\d[\d,]* quotes?(?: of \d[\d,]*)?$/
  const countOf = (element) => element.textContent.trim().split(/\s+·\s+/)[0]

  // A cold view's count, from the document's first node on: the frame after a result count in
  // `main` first shows `expected` (the prerendered one on `/`, the app's on a filtered view).
  const watchCount = (expected) => {
    if (state.watched !== null) return
    state.watched = expected
    const check = () => {
      const shown = [...document.querySelectorAll('main [role="status"]')].some(
        (element) => countOf(element) === expected && !element.closest('[hidden]'),
      )
      if (!shown) return
      watcher.disconnect()
      afterFrame((frame) => (state.countShown = frame))
    }
    const watcher = new MutationObserver(check)
    watcher.observe(document, { childList: true, characterData: true, subtree: true })
  }

  window.__bench = {
    state,
    watchCount,
    /** Finds the result count among the page's status elements; returns its count. */
    findStatus() {
      const candidates = document.querySelectorAll('main [role="status"]')
      state.status = [...candidates].find((element) => RESULT_COUNT.test(countOf(element))) ?? null
      return state.status ? countOf(state.status) : null
    },
    /** The count the result-count status shows now, without what follows " · ". */
    statusText() {
      return state.status ? countOf(state.status) : null
    },
    /**
     * Starts timing a count change: records the frame after the result count first shows
     * `expected`, and the last input event before it.
     */
    arm(expected) {
      const status = state.status
      if (!status) throw new Error('arm(): call findStatus() first')
      const timing = { expected, input: null, raf: null, painted: null }
      state.timing = timing
      let seen = false
      const observer = new MutationObserver(() => {
        if (seen || countOf(status) !== expected) return
        seen = true
        observer.disconnect()
        timing.input = state.lastInput
        afterFrame((frame) => {
          timing.raf = frame.raf
          timing.painted = frame.painted
        })
      })
      observer.observe(status, { childList: true, characterData: true, subtree: true })
    },
    /** The armed count change's timestamps once its frame has painted, else null. */
    completedTiming() {
      const timing = state.timing
      return timing && timing.painted !== null ? timing : null
    },
    /** Longest task (and longest animation frame) overlapping [from, to]; 0 if none. */
    longestTask(from, to) {
      return longest(state.longTasks, from, to)
    },
    longestFrame(from, to) {
      return longest(state.longFrames, from, to)
    },
    figures() {
      return document.querySelectorAll('main figure').length
    },
    /** When the app took the page over (hydration or a first render), else null. */
    hydrated() {
      return state.takenOver
    },
    /** Resolves once `frames` frames in a row came less than 50 ms apart: the page is idle. */
    settle(frames = 5) {
      return new Promise((resolve) => {
        let last = performance.now()
        let calm = 0
        const tick = () => {
          const now = performance.now()
          calm = now - last < 50 ? calm + 1 : 0
          last = now
          if (calm >= frames) resolve(now)
          else requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      })
    },
    /**
     * Bytes fetched before `time`, from Resource Timing (the document and every resource the
     * page has seen complete): a response done by then in full (transferSize: headers and body
     * as sent), one under way by then in proportion to the time it had been arriving.
     */
    bytesBefore(time) {
      const entries = [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ]
      let bytes = 0
      let requests = 0
      for (const entry of entries) {
        if (!(entry.responseStart > 0 && entry.responseStart <= time)) continue
        const size = entry.transferSize || entry.encodedBodySize
        const arriving = entry.responseEnd - entry.responseStart
        const share =
          entry.responseEnd <= time || arriving <= 0 ? 1 : (time - entry.responseStart) / arriving
        bytes += size * share
        requests += 1
      }
      return { bytes, requests }
    },
    /** Same-origin JavaScript files the page has fetched so far. */
    scripts() {
      return performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => new URL(name).origin === location.origin && /\.m?js$/.test(name))
    },
  }
  // Set by a script injected after this one, or before it (load.ts).
  if (window.__benchExpectedCount) watchCount(window.__benchExpectedCount)
})()
