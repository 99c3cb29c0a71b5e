import { screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { expect } from 'vitest'

export type FacetName = 'Driver' | 'Team' | 'Ambition'

/** A facet's combobox, by its visible label. */
export const facetControl = (name: FacetName) => screen.getByRole('combobox', { name })

/** What the closed control says is chosen ("All drivers", "Pierre Gasly", "2 drivers"). */
export function expectChosen(name: FacetName, summary: string) {
  expect(facetControl(name)).toHaveAccessibleDescription(summary)
}

/**
 * Opens a facet's list with the keyboard and reads each option as the user sees it: its text,
 * whether it can be chosen and whether it is chosen; then closes the list again.
 */
export async function facetOptions(user: UserEvent, name: FacetName) {
  await user.click(facetControl(name))
  const listbox = await screen.findByRole('listbox', { name })
  expect(listbox).toHaveAttribute('aria-multiselectable', 'true')
  const options = within(listbox)
    .getAllByRole('option')
    .map((option) => ({
      label: option.textContent,
      disabled: option.getAttribute('aria-disabled') === 'true',
      selected: option.getAttribute('aria-selected') === 'true',
    }))
  await user.keyboard('{Escape}')
  return options
}

/** Chooses an option with the keyboard alone: type the start of its name, then Enter. */
export async function chooseFacet(user: UserEvent, name: FacetName, typed: string) {
  await user.click(facetControl(name))
  await user.keyboard(typed)
  await user.keyboard('{Enter}')
  await user.keyboard('{Escape}')
}
