// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LiveFindings } from '../../../components/practice/LiveFindings.tsx';
import { ScenarioBrief } from '../../../components/practice/ScenarioBrief.tsx';
import { ScoreCard } from '../../../components/practice/ScoreCard.tsx';
import { SideBySide } from '../../../components/practice/SideBySide.tsx';
import type { PracticeScenario } from '../../../practice/catalog.ts';
import { gradeReply } from '../../../practice/rubric.ts';
import { starter } from './engine.ts';

// A team pack is data from outside: every field must show literally, never as markup (RELIABILITY C3).
const XSS = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
const scenario: PracticeScenario = {
  id: 'team/xss',
  pack: 'team-pack',
  packName: 'Team pack',
  key: 'team-pack:team/xss',
  title: `Title ${XSS}`,
  difficulty: 'easy',
  domain: 'billing',
  customer: `My parcel is late. ${XSS}`,
  facts: [`Fact ${XSS}`],
  mustDo: [`Say sorry ${XSS} [sorry]`],
  modelAnswer: `Hi, I'm sorry. ${XSS}`,
};

afterEach(cleanup);

const noMarkup = (root: HTMLElement) => {
  expect(root.querySelector('img')).toBeNull();
  expect(root.querySelector('b')).toBeNull();
};

describe('practice components render scenario and rule text as text', () => {
  it('the scenario brief', () => {
    const { container } = render(<ScenarioBrief scenario={scenario} />);
    noMarkup(container);
    expect(container.textContent).toContain(`My parcel is late. ${XSS}`);
    expect(container.textContent).toContain(`Fact ${XSS}`);
    // The cue list is the rubric's business, not shown as an instruction.
    expect(container.textContent).toContain(`Say sorry ${XSS}`);
    expect(container.textContent).not.toContain('[sorry]');
  });

  it('the reply, the model answer, the findings and the score feedback', () => {
    const reply = `Hi, your problem is that ${XSS} and you should have known. We will email you by Friday.`;
    const grade = gradeReply(reply, scenario, starter());
    expect(grade.check.findings.length).toBeGreaterThan(0);
    const { container } = render(
      <>
        <SideBySide reply={reply} modelAnswer={scenario.modelAnswer} />
        <LiveFindings findings={grade.check.findings} text={reply} />
        <ScoreCard grade={grade} />
      </>,
    );
    noMarkup(container);
    expect(container.textContent).toContain(reply);
    expect(container.textContent).toContain(scenario.modelAnswer);
    expect(container.querySelector('[data-testid="score-total"]')?.textContent).toBe(String(grade.total));
    expect(container.querySelectorAll('.live li.finding.blame').length).toBeGreaterThan(0);
  });
});
