import { setupServer } from 'msw/node'

/** One MSW server for every test; tests add their handlers with server.use(). */
export const server = setupServer()
