import type { DataSource } from 'typeorm';
import { stableId } from '../../lib/ids';
import { CustomerEntity } from '../../subgraphs/customers/src/entities/customer.entity';
import { CustomerIdentifierEntity } from '../../subgraphs/customers/src/entities/customer-identifier.entity';
import { insertIgnoringExisting } from './insert';
import type { DemoCustomer } from './world';

/** Customer core and identifiers (email, phone, and a CRM id for everyone sales knows). */
export async function seedCustomers(
  dataSource: DataSource,
  customers: DemoCustomer[],
  _now: Date,
): Promise<void> {
  await insertIgnoringExisting(
    dataSource,
    CustomerEntity,
    customers.map((customer) => ({
      id: customer.id,
      displayName: customer.displayName,
      email: customer.email,
      phone: customer.phone,
      locale: customer.locale,
      country: customer.country,
      createdAt: customer.createdAt,
      updatedAt: customer.createdAt,
    })),
  );
  await insertIgnoringExisting(
    dataSource,
    CustomerIdentifierEntity,
    customers.flatMap((customer) => {
      const identifier = (kind: 'EMAIL' | 'PHONE' | 'EXTERNAL', system: string, value: string) => ({
        id: stableId('demo-identifier', customer.id, kind, system),
        customerId: customer.id,
        kind,
        system,
        value,
        createdAt: customer.createdAt,
      });
      const identifiers = [identifier('EMAIL', '', customer.email), identifier('PHONE', '', customer.phone)];
      if (customer.knownToSales)
        identifiers.push(identifier('EXTERNAL', 'crm', `CRM-${100000 + customer.index}`));
      return identifiers;
    }),
  );
}
