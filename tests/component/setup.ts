import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// Waiting for a view to load may take several seconds on a busy two-core machine.
configure({ asyncUtilTimeout: 10_000 });
afterEach(() => cleanup());
