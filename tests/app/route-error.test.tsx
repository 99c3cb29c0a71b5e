import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Outlet, RouterProvider, createMemoryRouter, data } from 'react-router-dom'
import { RouteError } from '../../src/app/route-error'

const drawingFailed = new Error('The ambition matrix could not be drawn')

function Boom(): never {
  throw drawingFailed
}

/** A route tree guarded by the app's error boundary, rendered at `url`. */
function renderAt(url: string) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: <Outlet />,
        errorElement: <RouteError />,
        children: [
          { index: true, element: <h1>All quotes</h1> },
          { path: 'boom', element: <Boom /> },
          {
            path: 'broken',
            loader: () => {
              throw data(null, { status: 500, statusText: 'Internal Server Error' })
            },
            element: <h1>Broken page</h1>,
            hydrateFallbackElement: <p>Loading…</p>,
          },
        ],
      },
    ],
    { initialEntries: [url] },
  )
  render(<RouterProvider router={router} />)
  return { router }
}

/** React reports a render error it caught with console.error: expected here, and checked. */
function expectConsoleErrors() {
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
  onTestFinished(() => consoleError.mockRestore())
  return consoleError
}

describe('the route error page', () => {
  it('says a page that threw could not be shown, and offers a reload and a way back', async () => {
    const consoleError = expectConsoleErrors()
    const user = userEvent.setup()
    const { router } = renderAt('/boom')

    const alert = await screen.findByRole('alert')
    expect(
      within(alert).getByRole('heading', { level: 1, name: 'This page could not be shown' }),
    ).toBeInTheDocument()
    expect(within(alert).getByRole('button', { name: 'Reload the page' })).toBeEnabled()
    const back = within(alert).getByRole('link', { name: 'Back to all quotes' })
    expect(back).toHaveAttribute('href', '/')
    // The error itself is not shown to the visitor.
    expect(screen.queryByText(drawingFailed.message)).not.toBeInTheDocument()
    expect(document.title).toBe('Something went wrong · Paddock Quotes')
    expect(consoleError.mock.calls.flat()).toContain(drawingFailed)

    await user.click(back)
    expect(await screen.findByRole('heading', { level: 1, name: 'All quotes' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/')
  })

  it('treats any other error response as a page that could not be shown', async () => {
    renderAt('/broken')

    const alert = await screen.findByRole('alert')
    expect(
      within(alert).getByRole('heading', { level: 1, name: 'This page could not be shown' }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Not found' })).not.toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Broken page' })).not.toBeInTheDocument()
  })
})
