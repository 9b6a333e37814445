import type { Figure } from "@/ai/schemas/plan";
import { formatMoney, formatPercent, isCurrencyCode } from "@/lib/format/numbers";
import { Prose, TableScroll } from "./bits";
import { FigureValue } from "./figure-value";
import { capitalize, type DeepPartial, items, num, obj, txt } from "./partial";
import type { Budget, BudgetAllocation } from "./plan-types";
import { ProvenanceBadge } from "./provenance-badge";
import type { SectionProps } from "./section-props";

export function BudgetSection({ value, locale }: SectionProps) {
  const budget = obj<Budget>(value);
  const totalCurrency = txt(obj<Budget["monthlyTotal"]>(budget.monthlyTotal).unit)?.toUpperCase();
  const currency = txt(budget.currency)?.toUpperCase() ?? totalCurrency;
  const allocations = items(budget.allocations).map((a) => obj<BudgetAllocation>(a));
  return (
    <div className="space-y-3">
      {budget.monthlyTotal !== undefined ? (
        <p className="text-lg">
          <span className="font-semibold">Monthly budget: </span>
          <FigureValue figure={budget.monthlyTotal} locale={locale} showBasis />
        </p>
      ) : null}
      <Prose value={budget.rationale} />
      {allocations.length > 0 ? (
        <AllocationTable
          allocations={allocations}
          currency={currency}
          locale={locale}
          monthlyTotal={obj<Figure>(budget.monthlyTotal)}
        />
      ) : budget.allocations === undefined && budget.monthlyTotal !== undefined ? (
        <p className="text-sm muted">Per-channel amounts are computed from the channel shares once the plan is complete.</p>
      ) : null}
    </div>
  );
}

interface AllocationTableProps {
  allocations: DeepPartial<BudgetAllocation>[];
  currency: string | undefined;
  locale: string;
  monthlyTotal: DeepPartial<Figure>;
}

function AllocationTable({ allocations, currency, locale, monthlyTotal }: AllocationTableProps) {
  const money = (amount: number | undefined) =>
    amount === undefined ? "…" : isCurrencyCode(currency) ? formatMoney(amount, currency, locale) : String(amount);
  const total = allocations.reduce((sum, a) => sum + (num(obj<Figure>(a.amount).value) ?? 0), 0);
  const shares = allocations.reduce((sum, a) => sum + (num(a.sharePercent) ?? 0), 0);
  // Once complete, the amounts add up to the monthly total exactly: the total is that figure, with its source.
  const stated = num(monthlyTotal.value);
  const isTotal = stated !== undefined && Math.abs(stated - total) < 1e-6;
  return (
    <TableScroll label="Budget allocation by channel">
      <table className="data-table stack-table">
        <caption className="sr-only">Monthly budget allocation by channel</caption>
        <thead>
          <tr>
            <th scope="col">Channel</th>
            <th scope="col">Tier</th>
            <th scope="col" className="text-right">
              Share
            </th>
            <th scope="col" className="text-right">
              Amount / month
            </th>
          </tr>
        </thead>
        <tbody>
          {allocations.map((allocation, index) => {
            const share = num(allocation.sharePercent);
            const amount = obj<Figure>(allocation.amount);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: allocations keep the channels' order
              <tr key={index}>
                <th scope="row" className="font-normal whitespace-normal">
                  {txt(allocation.channel) ?? "…"}
                </th>
                <td data-label="Tier">{capitalize(txt(allocation.tier))}</td>
                <td data-label="Share" className="text-right tabular-nums">
                  {share === undefined ? "…" : formatPercent(share, locale)}
                </td>
                <td data-label="Amount / month" className="text-right whitespace-nowrap tabular-nums" data-testid="budget-amount">
                  {money(num(amount.value))}
                  <ProvenanceBadge source={amount.source} />
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td />
            <td data-label="Share" className="text-right font-semibold tabular-nums">
              {formatPercent(roundTiny(shares), locale)}
            </td>
            <td
              data-label="Amount / month"
              className="text-right font-semibold whitespace-nowrap tabular-nums"
              data-testid="budget-total"
            >
              {money(roundTiny(total))}
              {isTotal ? <ProvenanceBadge source={monthlyTotal.source} /> : null}
            </td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}

/** Sums of floats drift (0.1 + 0.2); the amounts themselves are exact to the minor unit. */
function roundTiny(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
